package io.idbridge.distribution;

import io.idbridge.sandbox.helloid.HelloIdSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an idbridge.conf like the demo's (framework/runtime/.../cli/demo.conf): the CSV export in {@code data/hr}
 * into a HelloID simulator, state in SQLite in {@code data}. The manager link is off: whether a subordinate's create
 * finds the manager's account depends on which of two parallel creates runs first, so it would make two correct runs
 * differ.
 */
final class SyncConfiguration {
    private static final String TEMPLATE = """
            idbridge {
              state.url = "jdbc:sqlite:@DATA@/idbridge.db"
              data-dir = "@DATA@"
              sources {
                hr {
                  connector = csv
                  config {
                    persons-file = "@DATA@/hr/persons.csv"
                    contracts-file = "@DATA@/hr/contracts.csv"
                    departments-file = "@DATA@/hr/departments.csv"
                  }
                }
              }
              primary-contract = [ "active desc", "fte desc", "startDate asc" ]
              targets {
                helloid {
                  connector = helloid
                  config {
                    base-url = "@HELLOID_URL@"
                    api-key = "@HELLOID_KEY@"
                    api-secret = "@HELLOID_SECRET@"
                    set-manager = false
                    requests-per-second = 0
                  }
                  correlation { person = "person.externalId", account = "userAttributes.employeeId" }
                  lifecycle {
                    create-days-before-start = 14
                    enable-days-before-start = 0
                    disable-days-after-end = 0
                    delete-days-after-disable = 90
                  }
                  account {
                    userName {
                      unique = true
                      candidates = [
                        "normalize(person.name.nick + '.' + person.name.familyWithPrefix) + '@lindeveld.nl'",
                        "normalize(person.name.nick + '.' + person.name.familyWithPrefix) + string(iteration) + '@lindeveld.nl'"
                      ]
                    }
                    firstName = "person.name.nick"
                    lastName = "person.name.familyWithPrefix"
                    contactEmail = "person.contact.business.email"
                    userAttributes.employeeId = "person.externalId"
                    userAttributes.department = "person.primaryContract.department.name"
                    userAttributes.title = "person.primaryContract.title.name"
                  }
                  account-on {
                    enable { userAttributes.description = "'Enabled by IdBridge'" }
                    disable { userAttributes.description = "'Disabled by IdBridge'" }
                  }
                  permissions {
                    staff = { group = "All staff" }
                    departments = { dynamic = "'department_' + contract.department.code", type = group, create-missing = true }
                    laptop = { product = "Laptop" }
                  }
                  pacing { in-flight = 8, action-timeout = 30s }
                }
              }
              rules = [
                { name = "Employees", grant = [ helloid.account, helloid.staff, helloid.departments ] }
                { name = "ICT gets a laptop", when = "contract.department.code == 'ICT'", grant = [ helloid.laptop ] }
              ]
            }
            """;

    private SyncConfiguration() {
    }

    /** A HelloID simulator holding what the configuration grants: the group "All staff" and the product "Laptop". */
    static HelloIdSimulator seededHelloId() {
        HelloIdSimulator helloId = new HelloIdSimulator().start();
        helloId.addGroup("All staff");
        helloId.addProduct("Laptop");
        return helloId;
    }

    /** Writes the export into {@code data/hr} and the configuration beside it; returns the configuration's path. */
    static Path write(Path data, HrExport export, HelloIdSimulator helloId) {
        export.writeTo(data.resolve("hr"));
        return write(data, helloId);
    }

    /** Writes {@code data/idbridge.conf} pointing at the simulator and returns its path. */
    static Path write(Path data, HelloIdSimulator helloId) {
        String text = TEMPLATE.replace("@DATA@", data.toAbsolutePath().toString().replace('\\', '/'))
                .replace("@HELLOID_URL@", helloId.baseUrl())
                .replace("@HELLOID_KEY@", HelloIdSimulator.DEFAULT_API_KEY)
                .replace("@HELLOID_SECRET@", HelloIdSimulator.DEFAULT_API_SECRET);
        try {
            Files.createDirectories(data);
            Path file = data.resolve("idbridge.conf");
            Files.writeString(file, text);
            return file;
        } catch (IOException failure) {
            throw new UncheckedIOException("cannot write the configuration into " + data, failure);
        }
    }
}
