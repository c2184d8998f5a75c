package org.incidentatlas.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.domain.WebMercator;
import org.incidentatlas.render.basemap.BasemapData;
import org.incidentatlas.render.basemap.BasemapStyle;
import org.incidentatlas.render.basemap.OfflineBasemap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Drawing offline basemap tiles on one thread, with no tile cache: one 256 x 256 tile over Baghdad at zoom 6 and at
 * zoom 10, and the first screen of the window (1100 x 750 pixels at zoom 6 over Iraq, 20 tiles, labels laid out
 * afresh). Target: under 20 ms a tile and 0.5 s for the first screen. Each iteration also prints the thread's CPU time
 * per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class BasemapTileBenchmark {
    private static final double LAT = 33.3;
    private static final double LON = 44.4;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private BasemapData data;
    private long cpuNanos;
    private long ops;
    private OfflineBasemap basemap;

    @Setup
    public void load() throws IOException {
        data = BasemapData.loadBundled();
        basemap = new OfflineBasemap(data, BasemapStyle.LIGHT);
    }

    private static long tile(double worldCoordinate, int zoom) {
        return (long) Math.floor(worldCoordinate * Math.pow(2, zoom) / 256);
    }

    @Setup(Level.Iteration)
    public void resetCpuClock() {
        cpuNanos = 0;
        ops = 0;
    }

    /**
     * Prints the CPU time of this thread per operation: on a machine shared with other work, wall-clock time (JMH's
     * score) also counts the time the thread waited for a core, CPU time does not.
     */
    @TearDown(Level.Iteration)
    public void printCpuTime() {
        if (ops > 0) {
            System.out.printf(" [CPU %.3f ms/op over %d ops]", cpuNanos / 1e6 / ops, ops);
        }
    }

    private long cpuStart() {
        return CPU.getCurrentThreadCpuTime();
    }

    private void cpuEnd(long start) {
        cpuNanos += CPU.getCurrentThreadCpuTime() - start;
        ops++;
    }

    @Benchmark
    public BufferedImage tileAtZoom6() {
        long start = cpuStart();
        BufferedImage image = basemap.render(6, tile(WebMercator.x(LON), 6), tile(WebMercator.y(LAT), 6));
        cpuEnd(start);
        return image;
    }

    @Benchmark
    public BufferedImage tileAtZoom10() {
        long start = cpuStart();
        BufferedImage image = basemap.render(10, tile(WebMercator.x(LON), 10), tile(WebMercator.y(LAT), 10));
        cpuEnd(start);
        return image;
    }

    /** Every tile of the window's first view, by a fresh renderer (so label placement is counted too). */
    @Benchmark
    public void firstScreenAtZoom6(Blackhole sink) {
        long start = cpuStart();
        OfflineBasemap fresh = new OfflineBasemap(data, BasemapStyle.LIGHT);
        double scale = Math.pow(2, 6);
        double left = WebMercator.x(43.7) * scale - 550;
        double top = WebMercator.y(33.2) * scale - 375;
        for (long ty = (long) Math.floor(top / 256); ty * 256 < top + 750; ty++) {
            for (long tx = (long) Math.floor(left / 256); tx * 256 < left + 1100; tx++) {
                sink.consume(fresh.render(6, tx, ty));
            }
        }
        cpuEnd(start);
    }
}
