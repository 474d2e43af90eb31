package fr.guichet.print;

import java.util.List;
import java.util.Objects;

/** The results of one category ("À demander", "À vérifier", "Pas pour l'instant"). */
public record ResultGroup(ResultCategory category, List<ResultItem> results) {

    public ResultGroup {
        Objects.requireNonNull(category, "category is required");
        results = Texts.items(results, "results");
    }
}
