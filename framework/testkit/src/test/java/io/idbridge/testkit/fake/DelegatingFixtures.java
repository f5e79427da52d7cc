package io.idbridge.testkit.fake;

import io.idbridge.spi.model.AccountData;
import io.idbridge.spi.model.AccountRef;
import io.idbridge.spi.model.Permission;
import io.idbridge.spi.model.PermissionType;
import io.idbridge.testkit.target.TargetContractFixtures;
import java.util.List;
import java.util.Set;

/** Fixtures that forward to others, so a test can override one hook. */
class DelegatingFixtures implements TargetContractFixtures {
    private final TargetContractFixtures delegate;

    DelegatingFixtures(TargetContractFixtures delegate) {
        this.delegate = delegate;
    }

    @Override
    public AccountData newAccount(String givenName, String familyName, String uniqueKey) {
        return delegate.newAccount(givenName, familyName, uniqueKey);
    }

    @Override
    public String correlationField() {
        return delegate.correlationField();
    }

    @Override
    public Set<String> fieldsNotReadBack() {
        return delegate.fieldsNotReadBack();
    }

    @Override
    public AccountData changedField(AccountData created) {
        return delegate.changedField(created);
    }

    @Override
    public boolean isEnabled(AccountData data) {
        return delegate.isEnabled(data);
    }

    @Override
    public Permission permissionToGrant(PermissionType type) {
        return delegate.permissionToGrant(type);
    }

    @Override
    public Set<String> grantOnlyPermissionTypes() {
        return delegate.grantOnlyPermissionTypes();
    }

    @Override
    public void deleteAccountOutOfBand(AccountRef ref) {
        delegate.deleteAccountOutOfBand(ref);
    }

    @Override
    public List<String> recordedRequestUrls() {
        return delegate.recordedRequestUrls();
    }

    @Override
    public List<String> secrets() {
        return delegate.secrets();
    }
}
