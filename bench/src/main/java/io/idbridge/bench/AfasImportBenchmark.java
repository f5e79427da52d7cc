package io.idbridge.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.idbridge.runtime.plugin.PluginRuntime;
import io.idbridge.sandbox.afas.AfasOrganisation;
import io.idbridge.sandbox.afas.AfasSimulator;
import io.idbridge.spi.ConnectorContext;
import io.idbridge.spi.config.ConnectorConfig;
import io.idbridge.spi.config.Secret;
import io.idbridge.spi.source.SourceConnector;
import io.idbridge.spi.source.SourceConnectorFactory;
import io.idbridge.spi.source.SourcePerson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The AFAS source connector (loaded from its plugin zip) against a bare OkHttp + Jackson streaming read of the same
 * GetConnector pages, alternating in one JVM against one AFAS simulator. The simulator runs in a child JVM
 * ({@link Simulator}), so the heap measured is the reader's alone and the two reads share the same server. Both read the four GetConnectors
 * in pages of 1,000 with the connector's sort orders; the bare read touches every value of every row and keeps
 * nothing, the connector builds its persons with contracts. Prints a table and one JSON line.
 *
 * <p>Arguments: employees (default 30000), rounds (default 5; the first of each is warm-up and not counted).
 */
public final class AfasImportBenchmark {
    private static final int PAGE = 1000;
    /** The connector's GetConnectors and sort orders (AfasSourceConnector), read in the connector's order. */
    private static final List<List<String>> READS = List.of(
            List.of(AfasSimulator.ORGANIZATIONAL_UNITS, "ExternalId"),
            List.of(AfasSimulator.POSITIONS, "ExternalID,EmploymentExternalID,Medewerker,Begindatum_functie"),
            List.of(AfasSimulator.EMPLOYMENTS, "ExternalID,Medewerker,Begindatum_functie"),
            List.of(AfasSimulator.USERS, "Medewerker"));

    private AfasImportBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        int employees = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 30_000;
        int rounds = arguments.length > 1 ? Integer.parseInt(arguments[1]) : 5;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Clock clock = Clock.systemUTC();
        try (Simulator afas = Simulator.start(employees, today);
             PluginRuntime plugins = PluginRuntime.load(Path.of("target/plugins"));
             HeapSampler heap = new HeapSampler()) {
            SourceConnectorFactory factory = plugins.sourceFactory("afas").orElseThrow(
                    () -> new IllegalStateException("no afas plugin in target/plugins (run mvn -pl bench package)"));
            ConnectorConfig config = new ConnectorConfig(factory.configSpec(), Map.of(
                    "base-url", afas.baseUrl(), "token", new Secret(AfasSimulator.DEFAULT_TOKEN), "page-size", PAGE));
            OkHttpClient http = new OkHttpClient();
            String authorization = AfasSimulator.authorization(AfasSimulator.DEFAULT_TOKEN);
            List<Long> connectorNanos = new ArrayList<>();
            List<Long> bareNanos = new ArrayList<>();
            long peakMegabytes = 0;
            int persons = 0;
            int contracts = 0;
            long bareRows = 0;
            for (int round = 0; round < rounds; round++) {
                long start = System.nanoTime();
                bareRows = bareRead(http, HttpUrl.get(afas.baseUrl()), authorization);
                long bare = System.nanoTime() - start;
                System.gc();
                heap.reset();
                long liveBefore = HeapSampler.liveAfterGc();
                start = System.nanoTime();
                try (SourceConnector source = factory.create(new Context(clock), config);
                     Stream<SourcePerson> read = source.persons()) {
                    int[] counts = new int[2];
                    read.forEach(person -> {
                        counts[0]++;
                        counts[1] += person.contracts().size();
                    });
                    persons = counts[0];
                    contracts = counts[1];
                }
                long connector = System.nanoTime() - start;
                System.out.printf("round %d: bare %.2f s (%,d rows), connector %.2f s (%,d persons, %,d contracts)%n",
                        round, bare / 1e9, bareRows, connector / 1e9, persons, contracts);
                if (round > 0) {
                    bareNanos.add(bare);
                    connectorNanos.add(connector);
                    peakMegabytes = Math.max(peakMegabytes, heap.peakMegabytes() - liveBefore);
                }
            }
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
            double bareSeconds = median(bareNanos) / 1e9;
            double connectorSeconds = median(connectorNanos) / 1e9;
            double ratio = bareSeconds / connectorSeconds;
            System.out.println();
            System.out.println("| Read | Median of " + bareNanos.size() + " | Rows or persons/s | vs bare |");
            System.out.println("|---|---|---|---|");
            System.out.printf("| bare OkHttp + Jackson streaming | %.2f s | %,.0f rows/s | 100 %% |%n", bareSeconds,
                    bareRows / bareSeconds);
            System.out.printf("| AFAS source connector | %.2f s | %,.0f persons/s | %.0f %% |%n", connectorSeconds,
                    persons / connectorSeconds, ratio * 100);
            System.out.printf("peak heap added by the connector's read: %,d MB (max heap %,d MB)%n", peakMegabytes,
                    HeapSampler.maxHeapMegabytes());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("employees", employees);
            result.put("persons", persons);
            result.put("contracts", contracts);
            result.put("rows", bareRows);
            result.put("bareSeconds", bareSeconds);
            result.put("connectorSeconds", connectorSeconds);
            result.put("connectorVsBare", ratio);
            result.put("peakHeapMb", peakMegabytes);
            BenchResults.record("afas-import", result);
        }
    }

    /** Every page of the four GetConnectors, every value read as a token, nothing kept: the floor of the work. */
    private static long bareRead(OkHttpClient http, HttpUrl base, String authorization) {
        JsonFactory json = new JsonFactory();
        long rows = 0;
        for (List<String> read : READS) {
            int skip = 0;
            int page;
            do {
                HttpUrl url = base.newBuilder().addPathSegment("connectors").addPathSegment(read.get(0))
                        .addQueryParameter("skip", Integer.toString(skip)).addQueryParameter("take",
                                Integer.toString(PAGE)).addQueryParameter("orderbyfieldids", read.get(1)).build();
                Request request = new Request.Builder().url(url).header("Authorization", authorization).build();
                try (Response response = http.newCall(request).execute(); InputStream body = response.body()
                        .byteStream(); JsonParser parser = json.createParser(body)) {
                    if (response.code() != 200) {
                        throw new IllegalStateException(url + " answered " + response.code());
                    }
                    page = rowsOf(parser);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
                rows += page;
                skip += page;
            } while (page == PAGE);
        }
        return rows;
    }

    private static int rowsOf(JsonParser parser) throws IOException {
        int rows = 0;
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonToken value = parser.nextToken();
            if (parser.currentName().equals("rows") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        parser.nextToken();
                        parser.getText();
                    }
                    rows++;
                }
            } else {
                parser.skipChildren();
            }
        }
        return rows;
    }

    private static double median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    /**
     * The AFAS simulator with a generated organisation in a child JVM on the same class path: {@code main} prints
     * {@code port <n>} when it serves and stops when its standard input closes.
     */
    static final class Simulator implements AutoCloseable {
        private final Process process;
        private final String baseUrl;

        private Simulator(Process process, String baseUrl) {
            this.process = process;
            this.baseUrl = baseUrl;
        }

        static Simulator start(int employees, LocalDate today) throws IOException {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Simulator.class.getName(),
                    Integer.toString(employees), today.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            BufferedReader output = new BufferedReader(new InputStreamReader(
                    process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("port ")) {
                    return new Simulator(process, "http://127.0.0.1:" + line.substring(5).trim()
                            + "/profitrestservices");
                }
            }
            throw new IllegalStateException("the simulator process ended without serving");
        }

        String baseUrl() {
            return baseUrl;
        }

        @Override
        public void close() throws Exception {
            process.getOutputStream().close();
            process.waitFor();
        }

        public static void main(String[] arguments) throws IOException {
            LocalDate today = LocalDate.parse(arguments[1]);
            try (AfasSimulator afas = new AfasSimulator().start()) {
                afas.today(today);
                afas.load(AfasOrganisation.generate(1, today, Integer.parseInt(arguments[0])));
                System.out.println("port " + afas.port());
                System.out.flush();
                while (System.in.read() >= 0) {
                    // serve until the benchmark closes our standard input
                }
            }
        }
    }

    private record Context(Clock clock) implements ConnectorContext {
        @Override
        public String instanceName() {
            return "afas";
        }
    }
}
