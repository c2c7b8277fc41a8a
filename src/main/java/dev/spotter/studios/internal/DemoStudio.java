package dev.spotter.studios.internal;

import java.util.List;

import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the very first start, with an empty database, creates a demo studio with a trainer and a few clients so that
 * there is something to look at. It goes through the same sign-up and invitation paths as real people do.
 * SPOTTER_DEMO_ENABLED=false turns it off.
 */
@Component
@org.springframework.core.annotation.Order(100)
class DemoStudio implements ApplicationRunner {

    static final String TRAINER_EMAIL = "alex@northside.example";
    static final String PASSWORD = "spotter-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoStudio.class);
    private static final List<String[]> CLIENTS = List.of(
            new String[] {"Sam Okafor", "sam@northside.example"},
            new String[] {"Priya Shah", "priya@northside.example"},
            new String[] {"Jordan Lee", "jordan@northside.example"});

    private final boolean enabled;
    private final Studios studios;
    private final Onboarding onboarding;
    private final TransactionTemplate transaction;

    DemoStudio(@Value("${spotter.demo.enabled}") boolean enabled, Studios studios, Onboarding onboarding,
               TransactionTemplate transaction) {
        this.enabled = enabled;
        this.studios = studios;
        this.onboarding = onboarding;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            if (!studios.none()) {
                return false;
            }
            SpotterPrincipal trainer = onboarding.signUp(new Onboarding.SignUp("Northside Strength",
                    "Alex Rivera", TRAINER_EMAIL, PASSWORD, "Europe/London", Units.METRIC));
            for (String[] client : CLIENTS) {
                var invitation = onboarding.invite(trainer, client[1], Role.CLIENT, null);
                onboarding.accept(invitation.secret(), client[0], PASSWORD);
            }
            return true;
        }));
        if (created) {
            log.info("""
                    
                    ------------------------------------------------------------------
                      Demo studio created: Northside Strength
                      Trainer (owner): {}  password: {}
                      Client:          {}  password: {}
                      Turn the demo off with SPOTTER_DEMO_ENABLED=false.
                    ------------------------------------------------------------------""",
                    TRAINER_EMAIL, PASSWORD, CLIENTS.get(0)[1], PASSWORD);
        }
    }
}
