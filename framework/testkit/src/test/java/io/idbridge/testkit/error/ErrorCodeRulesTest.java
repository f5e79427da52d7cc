package io.idbridge.testkit.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idbridge.spi.error.ErrorCode;
import io.idbridge.spi.error.ErrorType;
import io.idbridge.spi.error.StandardErrorCode;
import org.junit.jupiter.api.Test;

class ErrorCodeRulesTest {
    @Test
    void standardCodesAreWellFormed() {
        assertThat(ErrorCodeRules.assertWellFormed(StandardErrorCode.class, 0, 999)).hasSize(16);
    }

    @Test
    void aConstantNamedUnlikeItsFieldIsCaught() {
        assertThatThrownBy(() -> ErrorCodeRules.assertWellFormed(MisnamedCodes.class, 9000, 9999))
                .isInstanceOf(AssertionError.class).hasMessageContaining("name of MisnamedCodes.FIRST");
    }

    @Test
    void aCodeOutsideTheRangeIsCaught() {
        assertThatThrownBy(() -> ErrorCodeRules.assertWellFormed(OutOfRangeCodes.class, 9000, 9999))
                .isInstanceOf(AssertionError.class).hasMessageContaining("number of FIRST");
    }

    @Test
    void aNumberUsedTwiceIsCaught() {
        assertThatThrownBy(() -> ErrorCodeRules.assertWellFormed(DuplicateCodes.class, 9000, 9999))
                .isInstanceOf(AssertionError.class).hasMessageContaining("is used once");
    }

    static final class MisnamedCodes {
        public static final ErrorCode FIRST = new ErrorCode("SECOND", 9000, ErrorType.EXTERNAL);
    }

    static final class OutOfRangeCodes {
        public static final ErrorCode FIRST = new ErrorCode("FIRST", 1, ErrorType.EXTERNAL);
    }

    static final class DuplicateCodes {
        public static final ErrorCode FIRST = new ErrorCode("FIRST", 9000, ErrorType.EXTERNAL);
        public static final ErrorCode SECOND = new ErrorCode("SECOND", 9000, ErrorType.EXTERNAL);
    }
}
