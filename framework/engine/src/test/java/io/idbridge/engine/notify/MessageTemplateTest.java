package io.idbridge.engine.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {
    @Test
    void subjectLineIsSplitOffAndPlaceholdersAreFilledFromNestedValues() {
        MessageTemplate template = MessageTemplate.parse("Subject: Hello {{ person.name.given }}\r\n\r\n"
                + "Target {{target}}, count {{count}}.\r\n", "inline");
        List<String> missing = new ArrayList<>();

        MessageTemplate.Rendered rendered = template.render(Map.of("person", Map.of("name", Map.of("given", "Piet")),
                "target", "helloid", "count", 3), missing::add);

        assertThat(rendered.subject()).isEqualTo("Hello Piet");
        assertThat(rendered.body()).isEqualTo("Target helloid, count 3.\n");
        assertThat(missing).isEmpty();
    }

    @Test
    void missingPlaceholdersRenderAsNothingAndAreReported() {
        MessageTemplate template = MessageTemplate.parse("a{{person.unknown}}b{{nothing}}c", "inline");
        List<String> missing = new ArrayList<>();

        MessageTemplate.Rendered rendered = template.render(Map.of("person", Map.of()), missing::add);

        assertThat(rendered.subject()).isEqualTo("IdBridge notification");
        assertThat(rendered.body()).isEqualTo("abc");
        assertThat(missing).containsExactly("person.unknown", "nothing");
    }

    @Test
    void listsRenderOneItemPerLineAndSubjectsStayOnOneLine() {
        MessageTemplate template = MessageTemplate.parse("Subject: {{title}}\n{{lines}}", "inline");

        MessageTemplate.Rendered rendered = template.render(Map.of("title", "two\nlines",
                "lines", List.of("- a", "- b")), name -> { });

        assertThat(rendered.subject()).isEqualTo("two lines");
        assertThat(rendered.body()).isEqualTo("- a\n- b");
        assertThat(template.placeholders()).containsExactly("title", "lines");
    }

    @Test
    void replacementTextWithDollarSignsIsTakenLiterally() {
        MessageTemplate template = MessageTemplate.parse("{{value}}", "inline");

        assertThat(template.render(Map.of("value", "$1 \\ cost"), name -> { }).body()).isEqualTo("$1 \\ cost");
    }
}
