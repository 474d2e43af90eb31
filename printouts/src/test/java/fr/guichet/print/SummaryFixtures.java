package fr.guichet.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Summaries used by the tests and the benchmark. */
final class SummaryFixtures {
    static final String QR_PAYLOAD = "guichet:reprise?code=K7P-4QX&lieu=CCAS-Besançon";

    private SummaryFixtures() {
    }

    /** A full summary with every section and the characters that break naive fonts (é à ç œ € « » ’). */
    static PrintableSummary full() {
        return new PrintableSummary(
                "CCAS de Besançon",
                LocalDate.of(2026, 11, 25),
                "Vos droits : le point",
                "K7P-4QX",
                QR_PAYLOAD,
                List.of(
                        new ResultGroup(ResultCategory.NOT_NOW, List.of(
                                new ResultItem("Allocation de solidarité aux personnes âgées (ASPA)", List.of(
                                        "Elle est pour les personnes de 65 ans ou plus.")))),
                        new ResultGroup(ResultCategory.TO_REQUEST, List.of(
                                new ResultItem("RSA (revenu de solidarité active)", Optional.of("635 €"), List.of(
                                        "Vos ressources sont sous le plafond du foyer.",
                                        "Vous vivez en France de façon stable.")),
                                new ResultItem("Complémentaire santé solidaire", Optional.of("0 €"), List.of(
                                        "Sans participation financière avec vos ressources actuelles.")))),
                        new ResultGroup(ResultCategory.TO_CHECK, List.of(
                                new ResultItem("Aide au logement", List.of(
                                        "Il manque le montant de votre loyer.",
                                        "Apportez votre bail ou une quittance de loyer."))))),
                List.of(
                        "Pièce d'identité",
                        "Justificatif de domicile de moins de 3 mois",
                        "Relevé d'identité bancaire (RIB)",
                        "Avis d'impôt 2026 sur les revenus 2025"),
                List.of(new ServiceContact(
                        "CCAS de Besançon – accueil social",
                        Optional.of("un travailleur social, sur rendez-vous"),
                        List.of("2 rue Mégevand", "25000 Besançon"),
                        Optional.of("03 81 41 21 21"),
                        List.of("Du lundi au vendredi : 8 h 30 – 12 h", "Mardi et jeudi après-midi : 13 h 30 – 17 h"))),
                List.of(
                        "Prenez rendez-vous au CCAS.",
                        "Rassemblez les documents de la liste.",
                        "Le jour du rendez-vous, apportez cette feuille : le code permet de reprendre votre dossier."),
                "Ceci est une estimation, pas une décision. Seul l’organisme qui verse l’aide décide, "
                        + "après l’étude complète de votre dossier « en bonne et due forme ».",
                new RulesVersion("2026.04", LocalDate.of(2026, 4, 1)),
                List.of("Pour : Chloé Lœuvre"),
                List.of("Vous acceptez que votre dossier soit gardé 6 mois pour votre prochain rendez-vous."));
    }

    /** The same summary without personal lines, services, steps or choices. */
    static PrintableSummary minimal() {
        PrintableSummary full = full();
        return new PrintableSummary(full.placeName(), full.date(), full.title(), full.resumeCode(),
                full.qrPayload(), full.resultGroups(), List.of(), List.of(), List.of(),
                full.estimateNotice(), full.rulesVersion(), List.of(), List.of());
    }
}
