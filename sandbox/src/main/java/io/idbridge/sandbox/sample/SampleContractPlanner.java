package io.idbridge.sandbox.sample;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws the contracts of one generated person according to their role. */
final class SampleContractPlanner {
    /** End dates of the leavers relative to today, in the order leavers are planned. */
    private static final int[] LEAVER_END_OFFSETS = {-5, -3, -2, -1, 1, 2, 4, 6};
    private static final double[] FTES = {1.0, 1.0, 1.0, 0.9, 0.8, 0.8, 0.6, 0.5};

    private final Random random;
    private final LocalDate today;
    private int leaversPlanned;

    SampleContractPlanner(Random random, LocalDate today) {
        this.random = requireNonNull(random, "random is null");
        this.today = requireNonNull(today, "today is null");
    }

    /**
     * The person's contracts in chronological order.
     *
     * @param managers complete for every department
     */
    List<SampleContract> plan(String personId, SampleRole role, SampleDepartment primary,
                              SampleManagers managers) {
        SampleTitle title = role == SampleRole.MANAGER ? primary.managerTitle() : staffTitle(primary);
        String manager = managers.managerFor(primary, personId);
        List<SampleContract> contracts = new ArrayList<>();
        switch (role) {
            case MANAGER, REGULAR -> contracts.add(current(personId, primary, title, manager));
            case FUTURE_STARTER -> contracts.add(contract(personId, 1, today.plusDays(1 + random.nextInt(20)), null,
                    primary, title, SampleContractType.PERMANENT, drawFte(), manager));
            case LEAVER -> contracts.add(contract(personId, 1, longAgo(), today.plusDays(nextLeaverOffset()),
                    primary, title, SampleContractType.PERMANENT, drawFte(), manager));
            case REHIRE -> {
                LocalDate ended = today.minusDays(400 + random.nextInt(300));
                contracts.add(contract(personId, 1, ended.minusDays(700 + random.nextInt(1000)), ended, primary,
                        title, SampleContractType.TEMPORARY, drawFte(), manager));
                contracts.add(contract(personId, 2, today.minusDays(100 + random.nextInt(200)), null, primary,
                        title, SampleContractType.PERMANENT, drawFte(), manager));
            }
            case REHIRE_SOON -> {
                contracts.add(contract(personId, 1, longAgo(), today.minusDays(3), primary, title,
                        SampleContractType.TEMPORARY, drawFte(), manager));
                contracts.add(contract(personId, 2, today.plusDays(4), null, primary, title,
                        SampleContractType.PERMANENT, drawFte(), manager));
            }
            case TWO_CONTRACTS -> {
                SampleDepartment second = otherTeam(primary);
                contracts.add(contract(personId, 1, longAgo(), null, primary, title, SampleContractType.PERMANENT,
                        BigDecimal.valueOf(0.6), manager));
                contracts.add(contract(personId, 2, today.minusDays(30 + random.nextInt(700)), null, second,
                        staffTitle(second), SampleContractType.PERMANENT, BigDecimal.valueOf(0.4),
                        managers.managerFor(second, personId)));
            }
            default -> throw new IllegalArgumentException("unplanned role " + role);
        }
        return contracts;
    }

    /** A random team (a department with staff of its own) other than {@code current}. */
    SampleDepartment otherTeam(SampleDepartment current) {
        List<SampleDepartment> teams = SampleDepartments.ALL.stream()
                .filter(department -> department.headcount() > 3 && !department.equals(current)).toList();
        return teams.get(random.nextInt(teams.size()));
    }

    /** A random team. */
    SampleDepartment anyTeam() {
        List<SampleDepartment> teams = SampleDepartments.ALL.stream()
                .filter(department -> department.headcount() > 3).toList();
        return teams.get(random.nextInt(teams.size()));
    }

    SampleTitle staffTitle(SampleDepartment department) {
        return department.staffTitles().get(random.nextInt(department.staffTitles().size()));
    }

    static SampleContract contract(String personId, int number, LocalDate start, LocalDate end,
                                   SampleDepartment department, SampleTitle title, SampleContractType type,
                                   BigDecimal fte, String manager) {
        return new SampleContract(personId + "-" + number, personId, start, end, department, title, type, fte,
                manager);
    }

    /** A contract that started in the past; temporary and hired ones end some months ahead. */
    private SampleContract current(String personId, SampleDepartment department, SampleTitle title, String manager) {
        SampleContractType type = drawType();
        LocalDate end = type == SampleContractType.PERMANENT ? null : today.plusDays(30 + random.nextInt(400));
        return contract(personId, 1, longAgo(), end, department, title, type, drawFte(), manager);
    }

    private LocalDate longAgo() {
        return today.minusDays(60 + random.nextInt(15 * 365));
    }

    private SampleContractType drawType() {
        int draw = random.nextInt(20);
        return draw < 16 ? SampleContractType.PERMANENT
                : draw < 19 ? SampleContractType.TEMPORARY : SampleContractType.HIRED;
    }

    private BigDecimal drawFte() {
        return BigDecimal.valueOf(FTES[random.nextInt(FTES.length)]);
    }

    private int nextLeaverOffset() {
        return LEAVER_END_OFFSETS[leaversPlanned++ % LEAVER_END_OFFSETS.length];
    }
}
