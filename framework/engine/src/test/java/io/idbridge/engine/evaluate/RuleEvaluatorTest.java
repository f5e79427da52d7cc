package io.idbridge.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.model.Contract;
import io.idbridge.engine.model.Person;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final ExpressionCompiler COMPILER = new ExpressionCompiler();

    @Test
    void everyRuleSeesEveryContractWithItsOwnFields() {
        Contract ict = contract("c1", "ICT", null);
        Contract finance = contract("c2", "FIN", TODAY.minusDays(1));
        Person person = new Person("p1", Map.of(), List.of(ict, finance), List.of("hr"));
        BusinessRule ictRule = rule("ICT", "contract.department.code == 'ICT' && contract.active", "t.laptop");
        BusinessRule financeRule = rule("Finance", "contract.department.code == 'FIN' && !contract.active",
                "t.archive");
        BusinessRule everyone = rule("Everyone", "true", "t.account");

        Entitlements entitlements = new RuleEvaluator(List.of(ictRule, financeRule, everyone))
                .evaluate(person, PersonView.person(person, ict, Map.of(), TODAY), TODAY);

        assertThat(entitlements.contracts(EntitlementRef.parse("t.laptop"))).containsExactly(ict);
        assertThat(entitlements.contracts(EntitlementRef.parse("t.archive"))).containsExactly(finance);
        assertThat(entitlements.contracts(EntitlementRef.parse("t.account"))).containsExactly(ict, finance);
        assertThat(entitlements.rules(EntitlementRef.parse("t.account"))).containsExactly("Everyone");
    }

    private static Contract contract(String id, String department, LocalDate endDate) {
        return new Contract(id, TODAY.minusYears(1), endDate, Map.of("department", Map.of("code", department)));
    }

    private static BusinessRule rule(String name, String when, String grant) {
        return new BusinessRule(name, null, COMPILER.compile(when, "rules." + name),
                List.of(EntitlementRef.parse(grant)));
    }
}
