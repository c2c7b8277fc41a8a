package dev.spotter.studios.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import dev.spotter.platform.api.InvalidFieldException;
import dev.spotter.platform.api.NotFoundException;
import dev.spotter.platform.api.PageResponse;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.science.MassUnit;
import dev.spotter.studios.Loading;
import dev.spotter.platform.tenancy.MemberId;
import dev.spotter.platform.tenancy.Role;
import dev.spotter.platform.web.PublicUrls;
import dev.spotter.studios.api.ApiDtos.InvitationCreate;
import dev.spotter.studios.api.ApiDtos.InvitationDto;
import dev.spotter.studios.api.ApiDtos.Me;
import dev.spotter.studios.api.ApiDtos.MemberDto;
import dev.spotter.studios.api.ApiDtos.MemberUpdate;
import dev.spotter.studios.api.ApiDtos.StudioDto;
import dev.spotter.studios.api.ApiDtos.StudioUpdate;
import dev.spotter.studios.api.ApiDtos.TokenCreate;
import dev.spotter.studios.api.ApiDtos.TokenDto;
import dev.spotter.studios.internal.AccessTokens;
import dev.spotter.studios.internal.Invitations;
import dev.spotter.studios.internal.Member;
import dev.spotter.studios.internal.Members;
import dev.spotter.studios.internal.Onboarding;
import dev.spotter.studios.internal.PersonalAccessTokens;
import dev.spotter.studios.internal.StudioSettings;
import dev.spotter.studios.internal.Team;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The studios API: the caller, their studio, its members, invitations and the caller's access tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Studios", description = "The caller's studio, its members, invitations and personal access tokens")
class StudiosApi {

    private final StudioSettings settings;
    private final Members members;
    private final Team team;
    private final Invitations invitations;
    private final Onboarding onboarding;
    private final PersonalAccessTokens tokens;
    private final AccessTokens storedTokens;
    private final PublicUrls urls;
    private final Clock clock;

    StudiosApi(StudioSettings settings, Members members, Team team, Invitations invitations, Onboarding onboarding,
               PersonalAccessTokens tokens, AccessTokens storedTokens, PublicUrls urls, Clock clock) {
        this.settings = settings;
        this.members = members;
        this.team = team;
        this.invitations = invitations;
        this.onboarding = onboarding;
        this.tokens = tokens;
        this.storedTokens = storedTokens;
        this.urls = urls;
        this.clock = clock;
    }

    @GetMapping("/me")
    @Operation(summary = "Who the token belongs to")
    Me me(@AuthenticationPrincipal SpotterPrincipal me) {
        Member self = settings.self(me);
        return new Me(self.id().value(), self.studioId().value(), self.displayName(), self.email(), self.role(),
                self.units());
    }

    @GetMapping("/studio")
    @Operation(summary = "The caller's studio")
    StudioDto studio(@AuthenticationPrincipal SpotterPrincipal me) {
        return StudioDto.of(settings.studio(me));
    }

    @PatchMapping("/studio")
    @Operation(summary = "Change the studio's name, time zone and default units (owners only)")
    StudioDto updateStudio(@AuthenticationPrincipal SpotterPrincipal me, @Valid @RequestBody StudioUpdate update) {
        return StudioDto.of(settings.update(me, update.name(), update.timeZone(), update.units()));
    }

    /** The studio's weights: what suggested loads round to. */
    @Schema(description = "What the studio can load, in the unit its equipment is marked in (KG or LB): the "
            + "barbell and its plate sizes (loaded in pairs), the dumbbell series, and the machine stack step. "
            + "custom is false while Spotter's defaults for the studio's units apply")
    record LoadingDto(MassUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal dumbbellLightest,
                      BigDecimal dumbbellStep, BigDecimal dumbbellHeaviest, BigDecimal stackStep, boolean custom) {

        static LoadingDto of(Loading l) {
            return new LoadingDto(l.unit(), l.bar(), l.plates(), l.dumbbellLightest(), l.dumbbellStep(),
                    l.dumbbellHeaviest(), l.stackStep(), l.custom());
        }
    }

    @Schema(description = "The studio's weights as set: unit KG or LB, bar 0-50 kg (110 lb), 1-12 plate sizes, the "
            + "dumbbell series from lightest to heaviest in equal steps, and the machine stack step")
    record LoadingInput(MassUnit unit, BigDecimal bar, List<BigDecimal> plates, BigDecimal dumbbellLightest,
                        BigDecimal dumbbellStep, BigDecimal dumbbellHeaviest, BigDecimal stackStep) {
    }

    @GetMapping("/studio/loading")
    @Operation(summary = "The studio's weights, which suggested loads round to")
    LoadingDto loading(@AuthenticationPrincipal SpotterPrincipal me) {
        return LoadingDto.of(settings.loading(me));
    }

    @PutMapping("/studio/loading")
    @Operation(summary = "Set the studio's weights (owners only)",
            description = "400 names each field out of range, such as plates with a size above 50 kg.")
    LoadingDto saveLoading(@AuthenticationPrincipal SpotterPrincipal me, @RequestBody LoadingInput input) {
        settings.saveLoading(me, new Loading(input.unit(), input.bar(), input.plates(), input.dumbbellLightest(),
                input.dumbbellStep(), input.dumbbellHeaviest(), input.stackStep(), true));
        return LoadingDto.of(settings.loading(me));
    }

    @DeleteMapping("/studio/loading")
    @Operation(summary = "Go back to Spotter's default weights for the studio's units (owners only)")
    LoadingDto resetLoading(@AuthenticationPrincipal SpotterPrincipal me) {
        settings.saveLoading(me, null);
        return LoadingDto.of(settings.loading(me));
    }

    @GetMapping("/members")
    @Operation(summary = "List the studio's members (coaches only)")
    PageResponse<MemberDto> members(@AuthenticationPrincipal SpotterPrincipal me,
                                    @Parameter(description = "Only this role") @RequestParam(required = false)
                                    Role role,
                                    @Parameter(description = "Part of a name or email")
                                    @RequestParam(required = false, defaultValue = "") String q,
                                    @RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        requireCoach(me);
        Paging paging = Paging.of(page, size);
        List<Role> roles = role == null ? List.of(Role.values()) : List.of(role);
        if (q.length() > 100) {
            throw new InvalidFieldException("q", "must be at most 100 characters");
        }
        return PageResponse.of(members.list(me.studioId(), roles, q, paging), paging,
                members.count(me.studioId(), roles, q)).map(MemberDto::of);
    }

    @GetMapping("/members/{id}")
    @Operation(summary = "One member (coaches only)")
    MemberDto member(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        requireCoach(me);
        return MemberDto.of(team.member(me, memberId(id)));
    }

    @PatchMapping("/members/{id}")
    @Operation(summary = "Change a member's role or access (owners only)")
    MemberDto updateMember(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id,
                           @RequestBody MemberUpdate update) {
        MemberId memberId = memberId(id);
        if (!me.isOwner()) {
            throw new AccessDeniedException("Only an owner can change roles and access");
        }
        team.member(me, memberId);
        if (update.role() == null && update.active() == null) {
            throw new InvalidFieldException("role", "give a role or active");
        }
        Member result = team.member(me, memberId);
        if (update.role() != null) {
            result = team.changeRole(me, memberId, update.role());
        }
        if (update.active() != null) {
            result = team.setActive(me, memberId, update.active());
        }
        return MemberDto.of(result);
    }

    @GetMapping("/invitations")
    @Operation(summary = "Open invitations (coaches only; trainers see client invitations)")
    PageResponse<InvitationDto> invitations(@AuthenticationPrincipal SpotterPrincipal me,
                                            @RequestParam(required = false) Integer page,
                                            @RequestParam(required = false) Integer size) {
        requireCoach(me);
        Paging paging = Paging.of(page, size);
        List<Role> roles = me.isOwner() ? List.of(Role.TRAINER, Role.CLIENT) : List.of(Role.CLIENT);
        var now = clock.instant();
        return PageResponse.of(invitations.open(me.studioId(), roles, paging), paging,
                invitations.countOpen(me.studioId(), roles)).map(i -> InvitationDto.of(i, now, null));
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite a trainer (owners) or a client (coaches); emails the link when mail is set up",
            description = "Send an Idempotency-Key header to make retries safe.")
    InvitationDto invite(@AuthenticationPrincipal SpotterPrincipal me,
                         @Valid @RequestBody InvitationCreate create) {
        requireCoach(me);
        var issued = onboarding.invite(me, create.email(), create.role(), urls.absolute("/invite/"));
        return InvitationDto.of(issued.invitation(), clock.instant(),
                urls.absolute("/invite/" + issued.secret()));
    }

    @DeleteMapping("/invitations/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke an open invitation")
    void revokeInvitation(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        requireCoach(me);
        onboarding.revoke(me, uuid(id, "Invitation"));
    }

    @GetMapping("/tokens")
    @Operation(summary = "The caller's personal access tokens")
    PageResponse<TokenDto> tokens(@AuthenticationPrincipal SpotterPrincipal me,
                                  @RequestParam(required = false) Integer page,
                                  @RequestParam(required = false) Integer size) {
        Paging paging = Paging.of(page, size);
        return PageResponse.of(storedTokens.ofMember(me.studioId(), me.memberId(), paging), paging,
                storedTokens.countOfMember(me.studioId(), me.memberId())).map(token -> TokenDto.of(token, null));
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal access token; the secret is in this response only")
    TokenDto createToken(@AuthenticationPrincipal SpotterPrincipal me, @Valid @RequestBody TokenCreate create) {
        var issued = tokens.issue(me, create.name(), create.expiresInDays());
        return TokenDto.of(issued.token(), issued.secret());
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the caller's tokens")
    void revokeToken(@AuthenticationPrincipal SpotterPrincipal me, @PathVariable String id) {
        tokens.revoke(me, uuid(id, "Token"));
    }

    private static void requireCoach(SpotterPrincipal me) {
        if (!me.coaches()) {
            throw new AccessDeniedException("Clients cannot use this operation");
        }
    }

    private static MemberId memberId(String id) {
        return MemberId.parse(id).orElseThrow(() -> new NotFoundException("Member"));
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(what);
        }
    }
}
