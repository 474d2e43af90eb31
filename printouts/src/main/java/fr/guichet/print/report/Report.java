package fr.guichet.print.report;

import java.util.List;
import java.util.Objects;

/**
 * A report to print on A4, as plain records: a title, a subtitle and blocks (headings,
 * paragraphs, tables, bar charts). Knows nothing of what is counted.
 */
public record Report(String title, String subtitle, String footer, List<Block> blocks) {

    public Report {
        Objects.requireNonNull(title, "title");
        subtitle = subtitle == null ? "" : subtitle;
        footer = footer == null ? "" : footer;
        blocks = List.copyOf(blocks);
    }

    /** One part of a report. */
    public sealed interface Block permits Heading, Paragraph, Table, BarChart {}

    public record Heading(String text) implements Block {}

    public record Paragraph(String text) implements Block {}

    /** A table: the header row, then rows of the same width; numbers are right-aligned. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A bar chart: one bar per category and series; {@code values.get(s).get(c)} is series s of
     * category c. A null value draws no bar (a hidden count), and {@code notes} says why.
     */
    public record BarChart(String title, String valueAxis, List<String> categories,
            List<String> series, List<List<Long>> values, boolean horizontal, boolean stacked,
            String notes) implements Block {
        public BarChart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            values = values.stream().map(v -> java.util.Collections.unmodifiableList(
                    new java.util.ArrayList<>(v))).toList();
            notes = notes == null ? "" : notes;
        }
    }
}
