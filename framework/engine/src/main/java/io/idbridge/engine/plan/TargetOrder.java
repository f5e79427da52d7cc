package io.idbridge.engine.plan;

import io.idbridge.engine.config.EngineConfig;
import io.idbridge.engine.config.TargetSettings;
import io.idbridge.engine.expression.Expression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Orders targets so that a target whose account fields read another target's account data
 * ({@code person.accounts.<other>.<field>}) is planned and enforced after that target. Mutual dependencies are a
 * configuration error, as in HelloID.
 */
public final class TargetOrder {
    private static final Pattern ACCOUNT_REFERENCE = Pattern.compile("accounts\\.([A-Za-z0-9_-]+)");

    private TargetOrder() {
    }

    /** The targets each target depends on. */
    public static Map<String, Set<String>> dependencies(EngineConfig config) {
        Map<String, Set<String>> dependencies = new LinkedHashMap<>();
        for (TargetSettings target : config.targets()) {
            Set<String> needs = new LinkedHashSet<>();
            expressions(target).forEach(expression -> {
                Matcher matcher = ACCOUNT_REFERENCE.matcher(expression.text());
                while (matcher.find()) {
                    String other = matcher.group(1);
                    if (!other.equals(target.name()) && config.target(other).isPresent()) {
                        needs.add(other);
                    }
                }
            });
            dependencies.put(target.name(), needs);
        }
        return dependencies;
    }

    /**
     * The targets in an order that respects every dependency, otherwise configuration order.
     *
     * @throws IllegalArgumentException naming the targets when they depend on each other
     */
    public static List<TargetSettings> order(EngineConfig config) {
        Map<String, Set<String>> dependencies = dependencies(config);
        List<TargetSettings> ordered = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        while (ordered.size() < config.targets().size()) {
            boolean progressed = false;
            for (TargetSettings target : config.targets()) {
                if (!done.contains(target.name()) && done.containsAll(dependencies.get(target.name()))) {
                    ordered.add(target);
                    done.add(target.name());
                    progressed = true;
                }
            }
            if (!progressed) {
                List<String> stuck = config.targets().stream().map(TargetSettings::name)
                        .filter(name -> !done.contains(name)).toList();
                throw new IllegalArgumentException("targets " + String.join(", ", stuck)
                        + " read each other's account data; a dependency between targets must go one way");
            }
        }
        return ordered;
    }

    private static Stream<Expression> expressions(TargetSettings target) {
        return Stream.of(target.account().fields().values(), target.account().createOnly().values(),
                        target.account().onEnable().values(), target.account().onDisable().values(),
                        target.account().onDelete().values(),
                        target.account().uniqueFields().stream().flatMap(field -> field.candidates().stream()).toList())
                .flatMap(java.util.Collection::stream);
    }
}
