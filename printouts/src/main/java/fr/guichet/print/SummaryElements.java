package fr.guichet.print;

import static fr.guichet.print.PdfBlocks.bullet;
import static fr.guichet.print.PdfBlocks.line;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a summary into blocks of OpenPDF elements, top to bottom, for one layout. A block is
 * never split between two A4 pages when it fits on one; a heading always starts the block of
 * its first item. The French wording lives here.
 */
final class SummaryElements {

    /** Elements printed together, with the space to leave above them. */
    record Block(List<Element> elements, float spaceBefore) {
        Block {
            elements = List.copyOf(elements);
        }
    }

    private final SummaryLayout layout;
    private final List<Block> out = new ArrayList<>();
    private Paragraph pendingHeading;

    private SummaryElements(SummaryLayout layout) {
        this.layout = layout;
    }

    static List<Block> of(PrintableSummary summary, SummaryLayout layout) {
        SummaryElements elements = new SummaryElements(layout);
        elements.header(summary);
        elements.resumeCode(summary);
        elements.results(summary);
        elements.documents(summary);
        elements.services(summary);
        elements.nextSteps(summary);
        elements.choices(summary);
        elements.notice(summary);
        return List.copyOf(elements.out);
    }

    private void block(float spaceBefore, List<Element> elements) {
        List<Element> content = new ArrayList<>();
        float space = spaceBefore;
        if (pendingHeading != null) {
            content.add(pendingHeading);
            space = layout.headingSize() * 0.9f;
            pendingHeading = null;
        }
        content.addAll(elements);
        out.add(new Block(content, space));
    }

    /** One element as a block (a Paragraph is also a List, hence the distinct name). */
    private void single(float spaceBefore, Element element) {
        block(spaceBefore, List.of(element));
    }

    private void heading(String text) {
        pendingHeading = line(text, layout.heading());
        pendingHeading.setSpacingAfter(layout.headingSize() * 0.3f);
    }

    private void header(PrintableSummary summary) {
        List<Element> lines = new ArrayList<>();
        lines.add(line(PaperWords.fill(summary.words().placeAndDate(), summary.placeName(), summary.words().date(summary.date())), layout.small()));
        lines.add(line(summary.title(), layout.title()));
        summary.personalLines().forEach(text -> lines.add(line(text, layout.body())));
        block(0, lines);
    }

    private void resumeCode(PrintableSummary summary) {
        List<Paragraph> text = List.of(
                line(summary.words().codeIntro(), layout.body()),
                line(summary.resumeCode(), layout.code()),
                line(summary.words().codeShow(), layout.small()));
        PdfPTable codeAndQr;
        PdfPCell words = PdfBlocks.plainCell();
        if (layout.codeBesideQr()) {
            codeAndQr = new PdfPTable(new float[] {layout.contentWidth() - layout.qrSize(), layout.qrSize()});
            words.setVerticalAlignment(Element.ALIGN_MIDDLE);
        } else {
            codeAndQr = new PdfPTable(1);
            text.forEach(paragraph -> paragraph.setAlignment(Element.ALIGN_CENTER));
        }
        text.forEach(words::addElement);
        codeAndQr.addCell(words);
        codeAndQr.addCell(QrCodeCell.of(summary.qrPayload(), layout.qrSize()));
        codeAndQr.setWidthPercentage(100);
        single(layout.bodySize(), codeAndQr);
    }

    private void results(PrintableSummary summary) {
        for (ResultGroup group : summary.printedGroups()) {
            heading(summary.words().categories().get(group.category()));
            for (ResultItem item : group.results()) {
                List<Element> lines = new ArrayList<>();
                lines.add(line(item.name(), layout.bodyBold()));
                item.estimatedMonthlyAmount().ifPresent(amount ->
                        lines.add(line(PaperWords.fill(summary.words().amount(), amount), layout.body())));
                item.reasons().forEach(reason -> lines.add(bullet(reason, layout.body())));
                block(layout.bodySize() * 0.5f, lines);
            }
        }
    }

    private void documents(PrintableSummary summary) {
        if (summary.documentsToBring().isEmpty()) {
            return;
        }
        heading(summary.words().documents());
        float box = layout.bodySize();
        PdfPTable list = new PdfPTable(new float[] {box * 2, layout.contentWidth() - box * 2});
        list.setWidthPercentage(100);
        for (String document : summary.documentsToBring()) {
            list.addCell(CheckboxCell.of(box));
            PdfPCell text = PdfBlocks.plainCell();
            text.addElement(line(document, layout.body()));
            list.addCell(text);
        }
        single(0, list);
    }

    private void services(PrintableSummary summary) {
        if (summary.services().isEmpty()) {
            return;
        }
        heading(summary.words().services());
        for (ServiceContact service : summary.services()) {
            List<Element> lines = new ArrayList<>();
            lines.add(line(service.name(), layout.bodyBold()));
            service.whomToSee().ifPresent(who -> lines.add(line(PaperWords.fill(summary.words().ask(), who), layout.body())));
            service.addressLines().forEach(address -> lines.add(line(address, layout.body())));
            service.phone().ifPresent(phone -> lines.add(line(PaperWords.fill(summary.words().phone(), phone), layout.body())));
            if (!service.openingHours().isEmpty()) {
                lines.add(line(summary.words().hours(), layout.body()));
                service.openingHours().forEach(hours -> lines.add(bullet(hours, layout.body())));
            }
            block(layout.bodySize() * 0.6f, lines);
        }
    }

    private void nextSteps(PrintableSummary summary) {
        if (summary.nextSteps().isEmpty()) {
            return;
        }
        heading(summary.words().nextSteps());
        int number = 1;
        for (String step : summary.nextSteps()) {
            single(0, PdfBlocks.hanging(number++ + ".", step, layout.body()));
        }
    }

    private void choices(PrintableSummary summary) {
        if (summary.recordedChoices().isEmpty()) {
            return;
        }
        heading(summary.words().choices());
        summary.recordedChoices().forEach(choice -> single(0, bullet(choice, layout.body())));
    }

    private void notice(PrintableSummary summary) {
        single(layout.bodySize(), PdfBlocks.framed(List.of(
                line(summary.words().important(), layout.bodyBold()),
                line(summary.estimateNotice(), layout.body())), layout.bodySize() * 0.8f));
        RulesVersion rules = summary.rulesVersion();
        single(layout.smallSize() * 0.5f, line(PaperWords.fill(summary.words().rules(), rules.version(),
                summary.words().date(rules.date())), layout.small()));
    }
}
