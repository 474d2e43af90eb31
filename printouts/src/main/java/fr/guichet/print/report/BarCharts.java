package fr.guichet.print.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws a report's bar chart with JFreeChart into a PNG, headless. */
final class BarCharts {
    private static final Color[] SERIES = {
        new Color(0x1F, 0x5A, 0x96), new Color(0xE0, 0x8E, 0x2B), new Color(0x9A, 0xA5, 0xB1),
        new Color(0x3E, 0x8E, 0x5E)};

    private BarCharts() {
    }

    static byte[] png(Report.BarChart c, int width, int height, int scale) {
        System.setProperty("java.awt.headless", "true");
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < c.series().size(); s++) {
            for (int k = 0; k < c.categories().size(); k++) {
                Long v = c.values().get(s).get(k);
                data.addValue(v, c.series().get(s), c.categories().get(k));
            }
        }
        PlotOrientation orientation = c.horizontal() ? PlotOrientation.HORIZONTAL
                : PlotOrientation.VERTICAL;
        JFreeChart chart = c.stacked()
                ? ChartFactory.createStackedBarChart(c.title(), null, c.valueAxis(), data,
                        orientation, c.series().size() > 1, false, false)
                : ChartFactory.createBarChart(c.title(), null, c.valueAxis(), data, orientation,
                        c.series().size() > 1, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCC, 0xCC, 0xCC));
        plot.getDomainAxis().setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        range.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        for (int s = 0; s < c.series().size(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        BufferedImage image = new BufferedImage(width * scale, height * scale,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("chart PNG", e);
        }
        return out.toByteArray();
    }
}
