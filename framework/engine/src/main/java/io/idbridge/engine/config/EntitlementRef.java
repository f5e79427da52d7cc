package io.idbridge.engine.config;

/** A reference from a rule to an entitlement: {@code <target>.account} or {@code <target>.<permission name>}. */
public record EntitlementRef(String target, String entitlement) {
    public static EntitlementRef parse(String text) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("expected '<target>.<entitlement>', got '" + text + "'");
        }
        return new EntitlementRef(text.substring(0, dot), text.substring(dot + 1));
    }

    public boolean isAccount() {
        return entitlement.equals(TargetSettings.ACCOUNT);
    }

    @Override
    public String toString() {
        return target + "." + entitlement;
    }
}
