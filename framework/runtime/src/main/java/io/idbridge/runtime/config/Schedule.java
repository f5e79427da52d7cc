package io.idbridge.runtime.config;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A Quartz-style cron schedule (seconds minutes hours day-of-month month day-of-week [year]) for the daemon. */
public final class Schedule {
    private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final String expression;
    private final ExecutionTime executionTime;

    private Schedule(String expression, ExecutionTime executionTime) {
        this.expression = expression;
        this.executionTime = executionTime;
    }

    /** @throws IllegalArgumentException with the parser's explanation when the expression is invalid */
    public static Schedule parse(String expression) {
        return new Schedule(expression, ExecutionTime.forCron(PARSER.parse(expression.trim())));
    }

    /** Why the expression is not a valid schedule, or empty when it is. */
    static Optional<String> problem(Object expression) {
        try {
            parse((String) expression);
            return Optional.empty();
        } catch (IllegalArgumentException invalid) {
            return Optional.of("is not a Quartz cron expression (seconds minutes hours day-of-month month "
                    + "day-of-week [year], e.g. \"0 */30 6-20 * * ?\"): " + invalid.getMessage());
        }
    }

    /** The first time after {@code now} the schedule fires; empty when it never fires again. */
    public Optional<ZonedDateTime> next(ZonedDateTime now) {
        return executionTime.nextExecution(now);
    }

    @Override
    public String toString() {
        return expression;
    }
}
