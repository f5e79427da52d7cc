package io.idbridge.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UsageTextTest {
    @Test
    void theUsageTheBuildRenderedIsWhatPicocliRendersNow() {
        assertThat(UsageText.rendered()).as("usage.txt in the classes (rendered at process-classes)")
                .contains(UsageText.render());
        assertThat(UsageText.render()).contains("Usage: idbridge").contains("sync").contains("sandbox");
    }

    @Test
    void theSameUsageIsWhatTheFullCommandLinePrints() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(IdBridgeCli.execute("--help")).isZero();
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(UsageText.render());
    }

    @Test
    void onlyNoArgumentsOrAPlainHelpAskForTheTopLevelUsage() {
        assertThat(UsageText.asked(new String[0])).isTrue();
        assertThat(UsageText.asked(new String[] {"--help"})).isTrue();
        assertThat(UsageText.asked(new String[] {"-h"})).isTrue();
        assertThat(UsageText.asked(new String[] {"sync", "--help"})).isFalse();
        assertThat(UsageText.asked(new String[] {"--help", "sync"})).isFalse();
        assertThat(UsageText.asked(new String[] {"--version"})).isFalse();
    }
}
