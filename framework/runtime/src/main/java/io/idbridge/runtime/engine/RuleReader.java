package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.engine.config.BusinessRule;
import io.idbridge.engine.config.EntitlementRef;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.expression.Expression;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.runtime.config.Origins;
import io.idbridge.runtime.config.ProblemCollector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one business rule: {@code name}, {@code when} (per contract), {@code person-when}, {@code grant}. */
final class RuleReader {
    private static final Set<String> KEYS = Set.of("name", "when", "person-when", "grant");

    private final ExpressionCompiler compiler;
    private final ProblemCollector problems;
    private final List<TargetSettings> targets;

    RuleReader(ExpressionCompiler compiler, ProblemCollector problems, List<TargetSettings> targets) {
        this.compiler = compiler;
        this.problems = problems;
        this.targets = targets;
    }

    Optional<BusinessRule> read(String path, Config rule, ConfigValue ruleValue) {
        int before = problems.size();
        Thresholds.unknownKeys(rule, KEYS, path, problems);
        String name = rule.hasPath("name") ? rule.getString("name") : null;
        if (name == null || name.isBlank()) {
            problems.add(path + ".name", "every rule needs a name", ruleValue.origin());
        }
        Expression when = expression(rule, "when", path);
        Expression personWhen = expression(rule, "person-when", path);
        List<EntitlementRef> grants = new ArrayList<>();
        if (!rule.hasPath("grant") || rule.getValue("grant").valueType() != ConfigValueType.LIST) {
            problems.add(path + ".grant", "must be a list such as [ helloid.account, helloid.staff ]",
                    rule.hasPath("grant") ? rule.getValue("grant").origin() : ruleValue.origin());
        } else {
            for (ConfigValue item : rule.getList("grant")) {
                entitlement(path + ".grant", item).ifPresent(grants::add);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new BusinessRule(name, personWhen, when, grants));
    }

    private Optional<EntitlementRef> entitlement(String path, ConfigValue item) {
        String text = String.valueOf(item.unwrapped());
        EntitlementRef ref;
        try {
            ref = EntitlementRef.parse(text);
        } catch (IllegalArgumentException invalid) {
            problems.add(path, invalid.getMessage(), item.origin());
            return Optional.empty();
        }
        Optional<TargetSettings> target = targets.stream().filter(candidate -> candidate.name().equals(ref.target()))
                .findFirst();
        if (target.isEmpty()) {
            problems.add(path, "'" + text + "' names no configured target", item.origin());
            return Optional.empty();
        }
        if (!ref.isAccount() && !target.get().permissions().containsKey(ref.entitlement())) {
            problems.add(path, "'" + text + "': target " + ref.target() + " has no permission '" + ref.entitlement()
                    + "' (it has account" + target.get().permissions().keySet().stream().sorted()
                    .map(permission -> ", " + permission).reduce("", String::concat) + ")", item.origin());
            return Optional.empty();
        }
        return Optional.of(ref);
    }

    private Expression expression(Config rule, String key, String path) {
        if (!rule.hasPath(key)) {
            return null;
        }
        ConfigValue value = rule.getValue(key);
        String text = HoconValues.text(value);
        if (text == null) {
            problems.add(path + "." + key, "must be a CEL expression in quotes", value.origin());
            return null;
        }
        try {
            return compiler.compile(text, Origins.describe(value.origin()) + " (" + path + "." + key + ")");
        } catch (ExpressionException invalid) {
            problems.add(path + "." + key, invalid.getMessage(), value.origin());
            return null;
        }
    }
}
