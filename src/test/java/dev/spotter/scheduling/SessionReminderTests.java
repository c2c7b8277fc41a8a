package dev.spotter.scheduling;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import dev.spotter.SpotterApplication;
import dev.spotter.support.Fixtures;
import dev.spotter.support.IntegrationTest;
import dev.spotter.support.OwnDatabase;
import dev.spotter.support.TestInfrastructure;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static dev.spotter.scheduling.SchedulingWorld.body;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session reminders sent by the db-scheduler job while a second Spotter instance runs the same job on the same
 * database, and unsubscribing from them with the email's link.
 */
@IntegrationTest
@OwnDatabase("reminders")
@TestPropertySource(properties = {"spotter.reminders.enabled=true", "spotter.reminders.every=PT0.5S",
        "spotter.reminders.poll=PT0.2S", "spotter.base-url=http://spotter.test"})
@DirtiesContext
class SessionReminderTests {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://spotter\\.test(/reminders/unsubscribe\\?\\S+)");

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionReminders reminders;

    @Autowired
    Environment environment;

    @BeforeEach
    void startSecondInstance() {
        if (secondInstance == null) {
            // As command-line arguments, so that they override application.properties as the test's own properties do.
            secondInstance = new SpringApplicationBuilder(SpotterApplication.class).run(
                    "--spotter.db.url=" + environment.getProperty("spotter.db.url"),
                    "--spotter.db.user=" + environment.getProperty("spotter.db.user"),
                    "--spotter.db.password=",
                    "--spotter.demo.enabled=false",
                    "--spring.mail.host=127.0.0.1",
                    "--spring.mail.port=" + TestInfrastructure.mail().getSmtp().getPort(),
                    "--server.port=0",
                    "--spotter.base-url=http://spotter.test",
                    "--spotter.reminders.enabled=true",
                    "--spotter.reminders.every=PT0.5S",
                    "--spotter.reminders.poll=PT0.2S");
        }
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
            secondInstance = null;
        }
    }

    @Test
    void twoInstancesOnOneDatabaseSendTheDayBeforeReminderExactlyOnce() throws Exception {
        SchedulingWorld world = new SchedulingWorld(mvc, fixtures, "Twin Gym", 60);
        String email = world.studio.client().email();
        String booking = bookFarAhead(world);

        moveTo(booking, Duration.ofHours(23));
        List<MimeMessage> received = awaitReminders(email, 1);
        Thread.sleep(3000);
        assertThat(secondInstance.getBean(SessionReminders.class).sendDue()).isZero();
        assertThat(reminders.sendDue()).isZero();

        assertThat(reminders(email)).hasSize(1);
        assertThat(received.get(0).getSubject()).startsWith("Reminder: PT session with Terry Trainer tomorrow");
        assertThat(jdbc.sql("select kind from reminder_sent where booking_id = ?").param(UUID.fromString(booking))
                .query(String.class).list()).containsExactly("24H");
        assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'session-reminders'")
                .query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    void sendsTheTwoHourReminderForASessionThatStartsSoon() throws Exception {
        SchedulingWorld world = new SchedulingWorld(mvc, fixtures, "Soon Gym", 60);
        String email = world.studio.client().email();
        String booking = bookFarAhead(world);

        moveTo(booking, Duration.ofMinutes(90));

        MimeMessage reminder = awaitReminders(email, 1).get(0);
        assertThat(reminder.getSubject()).startsWith("Reminder: PT session with Terry Trainer in 2 hours");
        assertThat(text(reminder)).contains("starts in 2 hours", "http://spotter.test/portal/sessions/" + booking);
        assertThat(jdbc.sql("select kind from reminder_sent where booking_id = ?").param(UUID.fromString(booking))
                .query(String.class).list()).containsExactly("2H");
    }

    @Test
    void unsubscribingWithTheEmailLinkStopsFurtherReminders() throws Exception {
        SchedulingWorld world = new SchedulingWorld(mvc, fixtures, "Quiet Gym", 60);
        String email = world.studio.client().email();
        String first = bookFarAhead(world);
        moveTo(first, Duration.ofHours(23));
        Matcher link = UNSUBSCRIBE.matcher(text(awaitReminders(email, 1).get(0)));
        assertThat(link.find()).isTrue();
        String path = link.group(1);

        assertThat(mvc.get().uri(path.replaceAll("signature=[^&]+", "signature=forged")).exchange())
                .hasStatus(404).bodyText().contains("That link doesn't work");
        assertThat(mvc.get().uri(path).exchange()).hasStatusOk().bodyText().contains("Reminders are off");

        String second = bookFarAhead(world);
        moveTo(second, Duration.ofHours(20));
        assertThat(reminders.sendDue()).isZero();
        Thread.sleep(2000);
        assertThat(reminders(email)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from reminder_sent where booking_id = ?")
                .param(UUID.fromString(second)).query(Long.class).single()).isZero();
    }

    private String bookFarAhead(SchedulingWorld world) {
        Instant start = world.firstSlotAfter(30);
        return JsonPath.read(body(world.book(world.client, start, UUID.randomUUID())), "$.bookings[0].id");
    }

    /** Moves a booked hour-long session to start this far from now, as if time had passed. */
    private void moveTo(String booking, Duration ahead) {
        Instant start = Instant.now().plus(ahead);
        Instant end = start.plus(Duration.ofHours(1));
        assertThat(jdbc.sql("update booking set starts_at = ?, ends_at = ?, busy_until = ? where booking_id = ?")
                .params(Timestamp.from(start), Timestamp.from(end), Timestamp.from(end),
                        UUID.fromString(booking)).update()).isEqualTo(1);
    }

    private static List<MimeMessage> reminders(String email) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : TestInfrastructure.mail().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)
                    && message.getSubject().startsWith("Reminder:")) {
                found.add(message);
            }
        }
        return found;
    }

    private static List<MimeMessage> awaitReminders(String email, int count) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            List<MimeMessage> found = reminders(email);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reminder to " + email);
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                String found = text(parts.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
