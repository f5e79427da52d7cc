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
    }
}
