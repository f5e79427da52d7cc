package io.idbridge.runtime.engine;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigList;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import io.idbridge.engine.expression.ExpressionCompiler;
import io.idbridge.engine.expression.ExpressionException;
import io.idbridge.engine.notify.EventSettings;
import io.idbridge.engine.notify.MessageTemplate;
import io.idbridge.engine.notify.NotificationEvent;
import io.idbridge.engine.notify.NotificationSettings;
import io.idbridge.engine.notify.Recipient;
import io.idbridge.engine.notify.SmtpSettings;
import io.idbridge.runtime.config.ConfigSection;
import io.idbridge.runtime.config.Origins;
import io.idbridge.runtime.config.ProblemCollector;
import io.idbridge.spi.config.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code idbridge.notifications}: the SMTP server and, per event, the recipients and the template. Every problem
 * is reported with the file and line of the value at fault; template files are read here, relative to the file that
 * names them.
 */
public final class NotificationsReader implements ConfigSection {
    static final String PATH = EngineConfigReader.ROOT + ".notifications";
    private static final Pattern ADDRESS = Pattern.compile("[^\\s@\"'(),;<>\\[\\]]+@[^\\s@\"'(),;<>\\[\\]]+");
    private static final Set<String> SMTP_KEYS = Set.of("host", "port", "from", "username", "password", "starttls",
            "connect-timeout", "read-timeout", "attempts", "retry-delay");
    private static final Set<String> EVENT_KEYS = Set.of("to", "template", "text");

    private final ExpressionCompiler compiler = new ExpressionCompiler();

    @Override
    public Set<String> ownedKeys() {
        return Set.of("notifications");
    }

    @Override
    public void validate(Config root, ProblemCollector problems) {
        read(root, problems);
    }

    @Override
    public Map<String, String> documentation() {
        return NotificationsDocumentation.DOCUMENTATION;
    }

    /** The notification settings; empty when the section is absent or any problem was added. */
    public Optional<NotificationSettings> read(Config root, ProblemCollector problems) {
        if (!root.hasPath(PATH)) {
            return Optional.empty();
        }
        int before = problems.size();
        ConfigValue section = root.getValue(PATH);
        if (section.valueType() != ConfigValueType.OBJECT) {
            problems.add(PATH, "must be an object { smtp { ... }, on-create { ... }, ... }", section.origin());
            return Optional.empty();
        }
        Config notifications = root.getConfig(PATH);
        Set<String> known = new LinkedHashSet<>(List.of("smtp"));
        for (NotificationEvent event : NotificationEvent.values()) {
            known.add(event.configName());
        }
        Thresholds.unknownKeys(notifications, known, PATH, problems);
        SmtpSettings smtp = null;
        if (!notifications.hasPath("smtp")) {
            problems.add(PATH + ".smtp", "is required: { host, port, from }", section.origin());
        } else {
            smtp = smtp(notifications, problems);
        }
        Map<NotificationEvent, EventSettings> events = new EnumMap<>(NotificationEvent.class);
        // in file order, so that problems read top to bottom
        Arrays.stream(NotificationEvent.values())
                .filter(event -> notifications.hasPath(event.configName()))
                .sorted(Comparator.comparingInt(event ->
                        notifications.getValue(event.configName()).origin().lineNumber()))
                .forEach(event -> event(notifications, event, problems)
                        .ifPresent(settings -> events.put(event, settings)));
        if (problems.size() > before || smtp == null) {
            return Optional.empty();
        }
        return Optional.of(new NotificationSettings(smtp, events));
    }

    private static SmtpSettings smtp(Config notifications, ProblemCollector problems) {
        String path = PATH + ".smtp";
        Optional<Config> block = object(notifications, "smtp", path, problems);
        if (block.isEmpty()) {
            return null;
        }
        Config smtp = block.get();
        int before = problems.size();
        Thresholds.unknownKeys(smtp, SMTP_KEYS, path, problems);
        SettingValues values = new SettingValues(smtp, path, problems);
        String host = values.requiredText("host");
        int port = values.integer("port", 587);
        String from = values.requiredText("from");
        String username = values.text("username");
        String password = values.text("password");
        boolean startTls = values.bool("starttls", true);
        Duration connectTimeout = values.duration("connect-timeout", SmtpSettings.DEFAULT_CONNECT_TIMEOUT);
        Duration readTimeout = values.duration("read-timeout", SmtpSettings.DEFAULT_READ_TIMEOUT);
        int attempts = values.integer("attempts", SmtpSettings.DEFAULT_ATTEMPTS);
        Duration retryDelay = values.duration("retry-delay", SmtpSettings.DEFAULT_RETRY_DELAY);
        if (port < 1 || port > 65535) {
            problems.add(path + ".port", "must be between 1 and 65535", smtp.getValue("port").origin());
        }
        if (attempts < 1 || attempts > 10) {
            problems.add(path + ".attempts", "must be between 1 and 10", smtp.getValue("attempts").origin());
        }
        for (String key : List.of("connect-timeout", "read-timeout")) {
            Duration timeout = key.equals("connect-timeout") ? connectTimeout : readTimeout;
            if (timeout.isZero() || timeout.isNegative()) {
                problems.add(path + "." + key, "must be positive (zero would wait forever)",
                        smtp.getValue(key).origin());
            }
        }
        if (from != null && !ADDRESS.matcher(from).matches()) {
            problems.add(path + ".from", "must be an e-mail address, got '" + from + "'", smtp.getValue("from").origin());
        }
        if ((username == null) != (password == null)) {
            String present = username == null ? "password" : "username";
            problems.add(path + "." + present, "username and password go together; the other one is missing "
                    + "(e.g. its environment variable is not set)", smtp.getValue(present).origin());
        }
        if (problems.size() > before) {
            return null;
        }
        return new SmtpSettings(host, port, from, username, password == null ? null : new Secret(password), startTls,
                connectTimeout, readTimeout, attempts, retryDelay);
    }

    private Optional<EventSettings> event(Config notifications, NotificationEvent event, ProblemCollector problems) {
        String path = PATH + "." + event.configName();
        Optional<Config> block = object(notifications, event.configName(), path, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Config settings = block.get();
        int before = problems.size();
        Thresholds.unknownKeys(settings, EVENT_KEYS, path, problems);
        Recipient to = null;
        if (!settings.hasPath("to")) {
            problems.add(path + ".to", "is required: an e-mail address"
                    + (event.aboutPerson() ? " or a CEL expression over person" : ""), block.get().root().origin());
        } else {
            to = recipient(settings.getValue("to"), event, path + ".to", problems);
        }
        MessageTemplate template = template(settings, event, path, problems);
        if (problems.size() > before || to == null || template == null) {
            return Optional.empty();
        }
        return Optional.of(new EventSettings(to, template));
    }

    private Recipient recipient(ConfigValue value, NotificationEvent event, String path, ProblemCollector problems) {
        List<ConfigValue> items = value.valueType() == ConfigValueType.LIST ? List.copyOf((ConfigList) value)
                : List.of(value);
        List<String> addresses = new ArrayList<>();
        for (ConfigValue item : items) {
            String text = item.valueType() == ConfigValueType.STRING ? (String) item.unwrapped() : null;
            if (text != null && ADDRESS.matcher(text.trim()).matches()) {
                addresses.add(text.trim());
            } else if (text != null && items.size() == 1 && event.aboutPerson()) {
                String origin = Origins.describe(item.origin()) + " (" + path + ")";
                try {
                    return Recipient.of(compiler.compile(text, origin));
                } catch (ExpressionException invalid) {
                    problems.add(path, invalid.getMessage(), item.origin());
                    return null;
                }
            } else {
                problems.add(path, "must be an e-mail address or a list of them" + (event.aboutPerson()
                        ? ", or one CEL expression over person such as person.contact.business.email" : "")
                        + "; got '" + item.unwrapped() + "'", item.origin());
                return null;
            }
        }
        return new Recipient(addresses, null);
    }

    private static MessageTemplate template(Config settings, NotificationEvent event, String path,
                                            ProblemCollector problems) {
        boolean file = settings.hasPath("template");
        boolean inline = settings.hasPath("text");
        if (file && inline) {
            problems.add(path + ".text", "give either template (a file) or text (inline), not both",
                    settings.getValue("text").origin());
            return null;
        }
        if (!file && !inline) {
            return event.defaultTemplate();
        }
        String key = file ? "template" : "text";
        ConfigValue value = settings.getValue(key);
        if (value.valueType() != ConfigValueType.STRING) {
            problems.add(path + "." + key, "must be a string", value.origin());
            return null;
        }
        String text = (String) value.unwrapped();
        if (inline) {
            return MessageTemplate.parse(text, Origins.describe(value.origin()));
        }
        Path templateFile = relativeToConfig(text, value);
        try {
            return MessageTemplate.parse(Files.readString(templateFile, StandardCharsets.UTF_8), templateFile.toString());
        } catch (IOException unreadable) {
            problems.add(path + ".template", "cannot read template file " + templateFile + ": " + unreadable,
                    value.origin());
            return null;
        }
    }

    private static Path relativeToConfig(String file, ConfigValue value) {
        Path path = Path.of(file);
        String configFile = value.origin().filename();
        if (path.isAbsolute() || configFile == null) {
            return path;
        }
        Path directory = Path.of(configFile).toAbsolutePath().getParent();
        return directory == null ? path : directory.resolve(path);
    }

    private static Optional<Config> object(Config parent, String key, String path, ProblemCollector problems) {
        ConfigValue value = parent.getValue(key);
        if (value.valueType() != ConfigValueType.OBJECT) {
            problems.add(path, "must be an object { ... }", value.origin());
            return Optional.empty();
        }
        return Optional.of(parent.getConfig(key));
    }
}
