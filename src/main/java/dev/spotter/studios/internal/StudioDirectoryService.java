package dev.spotter.studios.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about a studio from the studios module's own tables. */
@Service
class StudioDirectoryService implements StudioDirectory {

    private final Studios studios;
    private final Members members;

    StudioDirectoryService(Studios studios, Members members) {
        this.studios = studios;
        this.members = members;
    }

    @Override
    @Transactional(readOnly = true)
    public String studioName(StudioId studio) {
        return studios.find(studio).map(Studio::name).orElse("");
    }

    @Override
    @Transactional(readOnly = true)
    public ZoneId timeZone(StudioId studio) {
        return studios.find(studio).map(Studio::timeZone).orElse(ZoneOffset.UTC);
    }

    @Override
    @Transactional(readOnly = true)
    public Units defaultUnits(StudioId studio) {
        return studios.find(studio).map(Studio::units).orElse(Units.METRIC);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Coach> activeCoaches(StudioId studio) {
        return members.list(studio, List.of(Role.OWNER, Role.TRAINER), "", new Paging(0, 50)).stream()
                .filter(member -> member.active())
                .map(member -> new Coach(member.id(), member.displayName(), member.email()))
                .toList();
    }
}
