package io.idbridge.sandbox.topdesk;

import com.fasterxml.jackson.databind.JsonNode;
import io.idbridge.sandbox.SimulatorRequest;
import io.idbridge.sandbox.SimulatorResponse;

/** {@code POST /persons} and {@code /persons/id/{id}[/archive|/unarchive]} (systems.md §4.2). */
final class PersonEndpoints {
    private final TopdeskStore store;

    PersonEndpoints(TopdeskStore store) {
        this.store = store;
    }

    /** 201 with the full person; {@code branch {id}} is mandatory. */
    SimulatorResponse create(SimulatorRequest request) {
        PersonChanges changes = PersonFields.read(TopdeskJson.readObject(request.body()));
        return answer(201, store.createPerson(changes, null));
    }

    SimulatorResponse get(String id) {
        return answer(200, store.findPerson(id).orElseThrow(() -> TopdeskApiException.personNotFound(id)));
    }

    /** Partial update: only the fields in the body change; 400 for an archived person. */
    SimulatorResponse patch(String id, SimulatorRequest request) {
        PersonChanges changes = PersonFields.read(TopdeskJson.readObject(request.body()));
        return answer(200, store.patchPerson(id, changes));
    }

    /** Body {@code {"id": "<archiving reason id>"}}. */
    SimulatorResponse archive(String id, SimulatorRequest request) {
        JsonNode reason = TopdeskJson.readObject(request.body()).get("id");
        return answer(200, store.archive(id, reason == null || reason.isNull() ? null : reason.asText()));
    }

    /** No body is needed; whatever is sent ({@code null}, {@code {}}) is ignored, as PowerShell sends "null". */
    SimulatorResponse unarchive(String id) {
        return answer(200, store.unarchive(id));
    }

    private SimulatorResponse answer(int status, SimulatedPerson person) {
        return SimulatorResponse.json(status, TopdeskJson.write(PersonJson.person(person, store, false)));
    }
}
