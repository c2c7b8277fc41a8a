package dev.spotter.programs.web;

import java.util.Map;

import dev.spotter.clients.ClientDirectory;
import dev.spotter.clients.ClientFilePanel;
import dev.spotter.platform.api.Paging;
import dev.spotter.platform.security.SpotterPrincipal;
import dev.spotter.programs.ProgramBook;
import dev.spotter.programs.ProgramKind;
import org.springframework.stereotype.Component;

/** The Programs card on a client's file: their programs with status, version and findings, and "Generate". */
@Component
class ClientProgramsPanel implements ClientFilePanel {

    static final int SHOWN = 5;

    private final ProgramBook book;
    private final ClientDirectory clients;

    ClientProgramsPanel(ProgramBook book, ClientDirectory clients) {
        this.book = book;
        this.clients = clients;
    }

    @Override
    public Panel panel(SpotterPrincipal coach, ClientDirectory.ClientFile file) {
        var programs = book.list(coach, file.client().id(), ProgramKind.PROGRAM, null, new Paging(0, SHOWN));
        return new Panel("programs/partials/client-panel", Map.of("client", file.client(),
                "programs", programs.items(), "total", programs.total(),
                "generate", GenerateForm.of(file.client(), clients.today(), null, null, null)), 10);
    }
}
