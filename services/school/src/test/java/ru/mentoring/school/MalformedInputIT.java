package ru.mentoring.school;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.mentoring.support.testing.MalformedInput;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.testing.Tokens.bearer;

/** Every route of the service, fed malformed ids, addresses and bodies by each kind of user: never a 5xx. */
@MicronautTest(transactional = false)
class MalformedInputIT {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;

    @ParameterizedTest
    @ValueSource(strings = {"methodist", "curator1", "mentor1"})
    void noRouteAnswersAServerErrorToBadInput(String user) throws Exception {
        assertThat(MalformedInput.serverErrors(context, server.getURL().toString(), bearer(user))).isEmpty();
    }
}
