package dev.spotter.programs.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.spotter.programs.ProgramSummary;
import dev.spotter.programs.engine.CheckReport;
import dev.spotter.programs.engine.Program;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable program: one Thymeleaf template ({@code programs/print}) serves the print page in the browser and,
 * rendered here without a request, the PDF that openhtmltopdf makes of it.
 */
@Component
public class ProgramPrint {

    static final String TEMPLATE = "programs/print";

    private final ITemplateEngine templates;

    ProgramPrint(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What the print template shows: every week of the program, with whose it is and where it comes from. */
    public static Map<String, Object> model(ProgramSummary program, int version, Program body, String studioName,
                                            LocalDate printedOn, boolean pdf, String back) {
        Map<String, Object> model = new HashMap<>();
        model.put("program", program);
        model.put("version", version);
        model.put("body", body);
        model.put("weeks", ProgramLayout.all(body, new CheckReport(List.of())));
        model.put("studioName", studioName);
        model.put("printedOn", printedOn);
        model.put("pdf", pdf);
        model.put("back", back);
        return model;
    }

    public byte[] pdf(Map<String, Object> model) {
        String html = templates.process(TEMPLATE, new Context(Locale.UK, model));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF as a download named after the program: "strength-12-weeks.pdf". */
    public ResponseEntity<byte[]> download(Map<String, Object> model) {
        ProgramSummary program = (ProgramSummary) model.get("program");
        String name = program.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename((name.isEmpty() ? "program" : name) + ".pdf").build().toString())
                .body(pdf(model));
    }
}
