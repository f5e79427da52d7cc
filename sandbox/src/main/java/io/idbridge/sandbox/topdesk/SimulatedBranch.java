package io.idbridge.sandbox.topdesk;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/**
 * A TOPdesk branch (vestiging).
 *
 * @param id lower-case GUID; never null
 * @param name never null
 * @param branchType one of {@link #BRANCH_TYPES}
 * @param countryId the id of the postal address country; may be null
 */
public record SimulatedBranch(String id, String name, String branchType, String countryId) {
    public static final String INDEPENDENT_BRANCH = "independentBranch";
    public static final Set<String> BRANCH_TYPES = Set.of(INDEPENDENT_BRANCH, "headBranch", "hasAHeadBranch");

    public SimulatedBranch {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(branchType, "branchType is null");
        if (!BRANCH_TYPES.contains(branchType)) {
            throw new IllegalArgumentException("unknown branchType " + branchType);
        }
    }
}
