package dev.spotter.scheduling.internal;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import dev.spotter.scheduling.SessionReminders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the session reminders every minute with db-scheduler on Spotter's own database. Every instance polls the
 * same {@code scheduled_tasks} row and db-scheduler lets one of them claim each run, so a cluster of instances
 * sends reminders as one. Off when {@code spotter.reminders.enabled} is false.
 */
@Component
class ReminderJob implements SmartLifecycle {

    private final DataSource dataSource;
    private final SessionReminders reminders;
    private final boolean enabled;
    private final Duration every;
    private final Duration poll;
    private Scheduler scheduler;

    ReminderJob(DataSource dataSource, SessionReminders reminders,
                @Value("${spotter.reminders.enabled:true}") boolean enabled,
                @Value("${spotter.reminders.every:PT1M}") Duration every,
                @Value("${spotter.reminders.poll:PT10S}") Duration poll) {
        this.dataSource = dataSource;
        this.reminders = reminders;
        this.enabled = enabled;
        this.every = every;
        this.poll = poll;
    }

    @Override
    public synchronized void start() {
        if (!enabled || scheduler != null) {
            return;
        }
        RecurringTask<Void> task = Tasks.recurring("session-reminders", FixedDelay.of(every))
                .execute((instance, context) -> reminders.sendDue());
        scheduler = Scheduler.create(dataSource, List.of())
                .startTasks(task)
                .pollingInterval(poll)
                .threads(1)
                .build();
        scheduler.start();
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
