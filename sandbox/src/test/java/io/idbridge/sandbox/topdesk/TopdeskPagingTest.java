package io.idbridge.sandbox.topdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.topdesk.TopdeskTestClient.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopdeskPagingTest extends TopdeskTestBase {
    @Test
    void pagesWithMoreToComeAre206AndTheLastPageIs200() {
        seed(25);

        Answer first = client.get("/persons?start=0&page_size=10");
        Answer second = client.get("/persons?start=10&page_size=10");
        Answer last = client.get("/persons?start=20&page_size=10");

        assertThat(first.status()).isEqualTo(206);
        assertThat(second.status()).isEqualTo(206);
        assertThat(last.status()).isEqualTo(200);
        assertThat(employeeNumbers(first)).first().isEqualTo("0");
        assertThat(employeeNumbers(second)).first().isEqualTo("10");
        assertThat(employeeNumbers(last)).hasSize(5).last().isEqualTo("24");
    }

    @Test
    void pageSizeDefaultsToTen() {
        seed(11);

        Answer answer = client.get("/persons");

        assertThat(answer.status()).isEqualTo(206);
        assertThat(answer.json()).hasSize(10);
    }

    @Test
    void aFullLastPageIs200() {
        seed(20);

        assertThat(client.get("/persons?start=10&page_size=10").status()).isEqualTo(200);
    }

    @Test
    void anEmptyResultIs204WithoutABody() {
        seed(3);

        Answer noMatch = client.get("/persons?query=employeeNumber=='nobody'");
        Answer pastTheEnd = client.get("/persons?start=3");

        assertThat(noMatch.status()).isEqualTo(204);
        assertThat(noMatch.body()).isEmpty();
        assertThat(pastTheEnd.status()).isEqualTo(204);
    }

    @Test
    void pageSizeAboveOneHundredIs400() {
        Answer answer = client.get("/persons?page_size=101");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.message()).contains("page_size").contains("100");
        assertThat(client.get("/persons?page_size=0").status()).isEqualTo(400);
        assertThat(client.get("/persons?start=-1").status()).isEqualTo(400);
    }

    @Test
    void v2CollectionFollowsNextUntilNull() {
        seed(12);
        simulator.archive(simulator.personByEmployeeNumber("11").orElseThrow().id());

        Answer first = client.getV2("/persons?pageStart=0&pageSize=5&fields=id,employeeNumber,archived");
        List<JsonNode> items = new ArrayList<>();
        first.json().get("item").forEach(items::add);
        JsonNode next = first.json().get("next");
        int pages = 1;
        while (!next.isNull()) {
            Answer page = client.getV2Url(next.asText());
            assertThat(page.status()).isEqualTo(200);
            page.json().get("item").forEach(items::add);
            next = page.json().get("next");
            pages++;
        }

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("next").asText())
                .startsWith(simulator.baseUrl() + "/tas/api/persons?pageStart=5&pageSize=5");
        assertThat(pages).isEqualTo(3);
        assertThat(items).hasSize(12);
        assertThat(items.get(11).get("archived").asBoolean()).isTrue();
        assertThat(items.get(0).get("archived").asBoolean()).isFalse();
        List<String> fields = new ArrayList<>();
        items.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "employeeNumber", "archived");
    }

    @Test
    void v2NextKeepsTheQuery() {
        seed(6);
        simulator.addAnonymisedPerson(amsterdam.id());

        Answer first = client.getV2("/persons?pageSize=4&query=employeeNumber!='*****'");
        Answer second = client.getV2Url(first.json().get("next").asText());

        assertThat(first.json().get("item")).hasSize(4);
        assertThat(second.json().get("item")).hasSize(2);
        assertThat(second.json().get("next").isNull()).isTrue();
    }

    @Test
    void v2DoesNotQueryGenderAndCapsPageSizeAt5000() {
        assertThat(client.getV2("/persons?query=gender=='MALE'").message()).contains("gender");
        assertThat(client.get("/persons?query=gender=='MALE'").status()).isEqualTo(204);
        assertThat(client.getV2("/persons?pageSize=5001").status()).isEqualTo(400);
    }

    @Test
    void anInjectedPageFailureHitsOnlyThatPage() {
        seed(30);
        simulator.failPersonsPage(2, 1);

        Answer first = client.get("/persons?start=0&page_size=10");
        Answer failed = client.get("/persons?start=10&page_size=10");
        Answer retried = client.get("/persons?start=10&page_size=10");

        assertThat(first.status()).isEqualTo(206);
        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.message()).contains("persons page 2");
        assertThat(retried.status()).isEqualTo(206);
    }

    @Test
    void aPageFailingForeverBreaksTheV2Import() {
        seed(10);
        simulator.failPersonsPage(2, Integer.MAX_VALUE);

        Answer first = client.getV2("/persons?pageSize=5");
        String next = first.json().get("next").asText();

        assertThat(client.getV2Url(next).status()).isEqualTo(503);
        assertThat(client.getV2Url(next).status()).isEqualTo(503);
        simulator.reset();
        assertThat(client.getV2("/persons?pageStart=5&pageSize=5").status()).isEqualTo(200);
    }

    @Test
    void tenThousandPersonsArePagedQuickly() {
        seed(10_000);

        long started = System.nanoTime();
        int count = 0;
        String url = null;
        Answer page = client.getV2("/persons?pageStart=0&pageSize=5000&fields=id,archived,dynamicName,tasLoginName");
        while (true) {
            count += page.json().get("item").size();
            JsonNode next = page.json().get("next");
            if (next.isNull()) {
                break;
            }
            url = next.asText();
            page = client.getV2Url(url);
        }
        int v1Pages = 0;
        for (int start = 0; start < 10_000; start += 100) {
            assertThat(client.get("/persons?page_size=100&start=" + start).status()).isIn(200, 206);
            v1Pages++;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(count).isEqualTo(10_000);
        assertThat(url).contains("pageStart=5000");
        assertThat(v1Pages).isEqualTo(100);
        System.out.printf("TOPdesk simulator: 10,000 persons over v2 and 100 v1 pages in %d ms%n", millis);
        assertThat(millis).isLessThan(10_000);
    }

    private void seed(int count) {
        for (int i = 0; i < count; i++) {
            simulator.addPerson(String.valueOf(i), "First" + i, "Sur" + i, amsterdam.id());
        }
    }

    private static List<String> employeeNumbers(Answer answer) {
        List<String> numbers = new ArrayList<>();
        answer.json().forEach(person -> numbers.add(person.get("employeeNumber").asText()));
        return numbers;
    }
}
