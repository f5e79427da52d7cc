package io.idbridge.engine.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpressionCompilerTest {
    private final ExpressionCompiler compiler = new ExpressionCompiler();

    @Test
    void conditionsWorkOnEveryFieldTypeWithAndOr() {
        Expression rule = compiler.compile("contract.fte >= 0.4 && (contract.title.code in ['DOC', 'DOC2'] "
                + "|| contract.active)", "test");

        assertThat(rule.test(Map.of("contract", Map.of("fte", 0.5, "title", Map.of("code", "DOC"), "active", false))))
                .isTrue();
        assertThat(rule.test(Map.of("contract", Map.of("fte", 1L, "title", Map.of("code", "ICT"), "active", true))))
                .isTrue();
        assertThat(rule.test(Map.of("contract", Map.of("fte", 0.2, "title", Map.of("code", "DOC"), "active", true))))
                .isFalse();
    }

    @Test
    void macrosAndStringFunctionsAreAvailable() {
        Map<String, Object> person = Map.of("contracts", List.of(Map.of("department", Map.of("code", "ICT"))),
                "name", Map.of("nick", "Ömer", "family", "Çelik"));

        assertThat(compiler.compile("person.contracts.exists(c, c.department.code == 'ICT')", "t")
                .test(Map.of("person", person))).isTrue();
        assertThat(compiler.compile("has(person.custom) ? 'x' : 'none'", "t").evaluate(Map.of("person", person)))
                .isEqualTo("none");
        assertThat(compiler.compile("normalize(person.name.nick + '.' + person.name.family).upperAscii()", "t")
                .evaluate(Map.of("person", person))).isEqualTo("OMER.CELIK");
    }

    @Test
    void aPlainFieldPathGivesWhatCelGivesAndFailsWhereCelFails() {
        Map<String, Object> source = new java.util.HashMap<>(Map.of("first_name", "Ömer", "fte", 0.8,
                "address", Map.of("city", "Zwolle"), "count", 3));
        source.put("empty", null);
        Map<String, Object> variables = Map.of("source", source);

        for (String path : List.of("source.first_name", "source.fte", "source.address.city", "source.count",
                "source.address")) {
            // the same path written so that it is not plain goes through CEL
            Object viaCel = compiler.compile("(" + path + ")", "t").evaluate(variables);
            assertThat(compiler.compile(path, "t").evaluate(variables)).as(path).isEqualTo(viaCel);
        }
        // CEL gives an "unknown" object for a Java null in a map; the plain path gives null
        assertThat(compiler.compile("source.empty", "t").evaluate(variables)).isNull();
        assertThatThrownBy(() -> compiler.compile("source.missing", "idbridge.conf:3").evaluate(variables))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("'source.missing' at idbridge.conf:3 failed").hasMessageContaining("missing");
        assertThatThrownBy(() -> compiler.compile("source.first_name.x", "t").evaluate(variables))
                .isInstanceOf(ExpressionException.class);
    }

    @Test
    void anExpressionEvaluatedOverAndOverGivesWhatAFreshEvaluationGives() {
        List<String> texts = List.of("contract.type.code != 'INH' && contract.fte >= 0.5",
                "'department_' + contract.department.code", "contract.fte > 0 ? contract.fte : 1",
                "has(contract.extra) ? contract.extra : 'none'", "contract.type.code == today",
                "[contract.type.code, contract.department.code].exists(c, c == 'A1')", "'Enabled by IdBridge'",
                "contract.department.code + string(contract.fte)");
        List<Map<String, Object>> contracts = new java.util.ArrayList<>();
        for (int index = 0; index < 5_000; index++) {
            Map<String, Object> contract = new java.util.HashMap<>();
            contract.put("type", Map.of("code", index % 3 == 0 ? "INH" : "VAST"));
            contract.put("department", Map.of("code", "A" + index % 7));
            // the same fte as a double, a whole number and null: equal to CEL, never one memo entry
            contract.put("fte", index % 5 == 0 ? (Object) 1L : index % 5 == 1 ? null : index % 10 / 10.0);
            if (index % 4 == 0) {
                contract.put("extra", "x" + index % 2);
            }
            contracts.add(contract);
        }
        for (String text : texts) {
            Expression repeated = compiler.compile(text, "t");
            for (Map<String, Object> contract : contracts) {
                Map<String, Object> variables = new java.util.HashMap<>();
                variables.put("contract", contract);
                variables.put("today", "VAST");
                Object expected;
                try {
                    expected = compiler.compile(text, "t").evaluate(variables);
                } catch (ExpressionException failure) {
                    assertThatThrownBy(() -> repeated.evaluate(variables)).isInstanceOf(ExpressionException.class)
                            .hasMessage(failure.getMessage());
                    continue;
                }
                assertThat(repeated.evaluate(variables)).as(text + " with " + contract).isEqualTo(expected);
            }
        }
    }

    @Test
    void anExpressionWhoseValuesDoNotRepeatStaysCorrectPastWhatIsRemembered() {
        Expression userName = compiler.compile("normalize(person.nick + '.' + person.family) + string(iteration)", "t");

        for (long index = 0; index < 10_000; index++) {
            Map<String, Object> variables = Map.of("person", Map.of("nick", "Jan" + index, "family", "Smit"),
                    "iteration", index % 3);
            assertThat(userName.evaluate(variables)).isEqualTo("jan" + index + ".smit" + index % 3);
        }
    }

    @Test
    void textBuiltWithoutTheInterpreterIsWhatCelBuildsAndFailsWhereCelFails() {
        List<String> texts = List.of(
                "normalize(person.nick + '.' + person.family) + string(iteration) + '@org.example'",
                "person.nick != '' ? person.nick : person.first", "person.nick == person.first",
                "person.count == 3", "person.flag == true ? 'y' : 'n'", "string(person.count) + person.nick",
                "person.nick + person.fte", "person.fte + person.count", "person.count + iteration",
                "person.missing + 'x'", "person.empty + 'x'", "person.empty == ''", "person.nick.x + 'y'",
                "person.flag ? person.missing : 'n'", "string(person.fte)", "normalize(person.count)",
                "person.list + person.list", "'a' + 'b'", "1 + 2", "true == person.flag");
        List<Map<String, Object>> persons = new java.util.ArrayList<>();
        List<Object> nicks = java.util.Arrays.asList("Jan", "", "ÖMER", "Zoë O'Brien", null, 5L);
        for (int index = 0; index < 24; index++) {
            Map<String, Object> person = new java.util.HashMap<>();
            if (nicks.get(index % nicks.size()) != null || index % 4 == 0) {
                person.put("nick", nicks.get(index % nicks.size()));
            }
            person.put("first", index % 2 == 0 ? "Jan" : "Piet");
            person.put("family", "de Vries");
            person.put("count", index % 3 == 0 ? (Object) 3 : 3L);
            person.put("fte", 0.8);
            person.put("flag", index % 5 == 0 ? "yes" : index % 2 == 0);
            person.put("list", List.of("a"));
            person.put("empty", null);
            persons.add(person);
        }
        assertThat(texts.stream().filter(text -> compiler.compile(text, "t").evaluatesDirectly()).count())
                .isEqualTo(texts.size());
        assertThat(compiler.compile("person.count >= 3", "t").evaluatesDirectly()).isFalse();
        for (String text : texts) {
            Expression direct = compiler.compile(text, "t");
            // in a list the same expression is CEL's alone
            Expression viaCel = compiler.compile("[" + text + "][0]", "t");
            for (Map<String, Object> person : persons) {
                Map<String, Object> variables = Map.of("person", person, "iteration", 2L);
                Object expected;
                try {
                    expected = viaCel.evaluate(variables);
                } catch (ExpressionException failure) {
                    assertThatThrownBy(() -> direct.evaluate(variables), text + " with " + person + ": " + failure)
                            .isInstanceOf(ExpressionException.class);
                    continue;
                }
                if (expected != null && expected.getClass().getSimpleName().contains("Unknown")) {
                    // CEL's answer for a Java null in a map, numbered by its place in the expression
                    assertThat(direct.evaluate(variables)).as(text + " with " + person)
                            .hasSameClassAs(expected);
                    continue;
                }
                assertThat(direct.evaluate(variables)).as(text + " with " + person).isEqualTo(expected);
            }
        }
    }

    @Test
    void compileErrorNamesTheExpression() {
        assertThatThrownBy(() -> compiler.compile("person.name +", "idbridge.conf:12"))
                .isInstanceOf(ExpressionException.class).hasMessageContaining("invalid expression 'person.name +'");
    }

    @Test
    void evaluationErrorNamesTheExpressionAndWhereItIsConfigured() {
        Expression expression = compiler.compile("person.name.nick + 1", "idbridge.conf:7 (targets.helloid.account)");

        assertThatThrownBy(() -> expression.evaluate(Map.of("person", Map.of("name", Map.of("nick", "Piet")))))
                .isInstanceOf(ExpressionException.class)
                .hasMessageContaining("'person.name.nick + 1' at idbridge.conf:7 (targets.helloid.account)");
    }

    @Test
    void normalizeStripsDiacriticsSpacesAndIllegalCharacters() {
        assertThat(Normalizer.normalize("Ömer Çelik")).isEqualTo("omercelik");
        assertThat(Normalizer.normalize("Jan-Willem van der Berg")).isEqualTo("jan-willemvanderberg");
        assertThat(Normalizer.normalize("Zoë O'Brien-Søndergaard")).isEqualTo("zoeobrien-sondergaard");
        assertThat(Normalizer.normalize("Jan.DE_Vries@Org.Example (2)")).isEqualTo("jan.de_vries@org.example2");
    }

    @Test
    void normalizeGivesTextOfAsciiAloneWhatTheFullDecompositionGives() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        for (String text : List.of(every.toString(), "Jan-Willem van der Berg", "A.B_C@D-E", "", "  ")) {
            // a combining accent sends the text through the decomposition, which drops the accent again
            assertThat(Normalizer.normalize(text)).as(text).isEqualTo(Normalizer.normalize(text + "\u0301"));
        }
    }
}
