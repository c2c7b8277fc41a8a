package dev.spotter.studios.internal;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import dev.spotter.platform.api.Paging;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.tenancy.StudioId;
import dev.spotter.platform.tenancy.Units;
import dev.spotter.studios.Loading;
import dev.spotter.studios.StudioDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers other modules' questions about a studio from the studios module's own tables. */
@Service
class StudioDirectoryService implements StudioDirectory {

    private final Studios studios;
    private final Members members;
    private final Loadings loadings;

    StudioDirectoryService(Studios studios, Members members, Loadings loadings) {
        this.studios = studios;
        this.members = members;
        this.loadings = loadings;
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
    public Units unitsOf(StudioId studio, MemberId member) {
        Units own = members.find(studio, member).map(Member::units).orElse(null);
        return own != null ? own : defaultUnits(studio);
    }

    @Override
    @Transactional(readOnly = true)
    public Loading loading(StudioId studio) {
        return loadings.find(studio).orElseGet(() -> Loading.defaults(defaultUnits(studio)));
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
