package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

/** A job title: code and name as an HR export lists them. */
record SampleTitle(String code, String name) {
    SampleTitle {
        requireNonNull(code, "code is null");
        requireNonNull(name, "name is null");
    }
}
