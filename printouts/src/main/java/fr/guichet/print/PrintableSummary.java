package fr.guichet.print;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a printed summary shows, as plain French text already worded for the person.
 * The printouts module lays it out; it does not interpret it.
 *
 * @param placeName        where the summary was made (e.g. "CCAS de Besançon")
 * @param date             the day it was made
 * @param title            the big heading
 * @param resumeCode       the short code that finds the saved situation again
 * @param qrPayload        what the QR code holds (the caller decides; usually the code)
 * @param resultGroups     at most one group per category; empty groups are not printed
 * @param documentsToBring printed as a checklist with boxes
 * @param services         where to go and whom to see
 * @param nextSteps        printed numbered
 * @param estimateNotice   says that this is an estimate, not a decision
 * @param rulesVersion     the rules the results come from
 * @param personalLines    name etc.; printed only when the list is not empty
 * @param recordedChoices  what the person chose (consents, refusals...)
 */
public record PrintableSummary(
        String placeName,
        LocalDate date,
        String title,
        String resumeCode,
        String qrPayload,
        List<ResultGroup> resultGroups,
        List<String> documentsToBring,
        List<ServiceContact> services,
        List<String> nextSteps,
        String estimateNotice,
        RulesVersion rulesVersion,
        List<String> personalLines,
        List<String> recordedChoices,
        PaperWords words) {

    /** A summary printed with the French words of the layout. */
    public PrintableSummary(String placeName, LocalDate date, String title, String resumeCode, String qrPayload,
            List<ResultGroup> resultGroups, List<String> documentsToBring, List<ServiceContact> services,
            List<String> nextSteps, String estimateNotice, RulesVersion rulesVersion, List<String> personalLines,
            List<String> recordedChoices) {
        this(placeName, date, title, resumeCode, qrPayload, resultGroups, documentsToBring, services, nextSteps,
                estimateNotice, rulesVersion, personalLines, recordedChoices, PaperWords.FRENCH);
    }

    public PrintableSummary {
        Objects.requireNonNull(words, "words (PaperWords.FRENCH for French)");
        placeName = Texts.required(placeName, "place name");
        Objects.requireNonNull(date, "date is required");
        title = Texts.required(title, "title");
        resumeCode = Texts.required(resumeCode, "resume code");
        qrPayload = Texts.required(qrPayload, "QR payload");
        resultGroups = Texts.items(resultGroups, "result groups");
        requireOneGroupPerCategory(resultGroups);
        documentsToBring = Texts.lines(documentsToBring, "documents to bring");
        services = Texts.items(services, "services");
        nextSteps = Texts.lines(nextSteps, "next steps");
        estimateNotice = Texts.required(estimateNotice, "estimate notice");
        Objects.requireNonNull(rulesVersion, "rules version is required");
        personalLines = Texts.lines(personalLines, "personal lines");
        recordedChoices = Texts.lines(recordedChoices, "recorded choices");
    }

    /** The groups that have results, in printing order (À demander, Déjà perçu, À vérifier, Pas pour l'instant). */
    public List<ResultGroup> printedGroups() {
        return resultGroups.stream()
                .filter(group -> !group.results().isEmpty())
                .sorted((a, b) -> a.category().compareTo(b.category()))
                .toList();
    }

    private static void requireOneGroupPerCategory(List<ResultGroup> groups) {
        Set<ResultCategory> seen = EnumSet.noneOf(ResultCategory.class);
        for (ResultGroup group : groups) {
            if (!seen.add(group.category())) {
                throw new IllegalArgumentException("two result groups for " + group.category());
            }
        }
    }
}
