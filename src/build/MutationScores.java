import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads PIT's mutations.xml, prints the share of mutants killed in each package and over all of them, and exits
 * with status 1 when a package is below the threshold given (in percent).
 *
 * <p>Usage: {@code java src/build/MutationScores.java target/pit-reports/mutations.xml 65}
 *
 * <p>A mutant counts as killed when PIT reports it KILLED, TIMED_OUT or MEMORY_ERROR (the tests noticed it), as PIT
 * itself counts; SURVIVED, NO_COVERAGE and RUN_ERROR count as not killed. Packages are named by their last part
 * below org.incidentatlas (a class in org.incidentatlas.render.basemap counts under render.basemap).
 */
public final class MutationScores {
    private static final String ROOT = "org.incidentatlas.";

    private MutationScores() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MutationScores MUTATIONS_XML THRESHOLD_PERCENT");
            System.exit(2);
        }
        Path report = Path.of(args[0]);
        if (!Files.isRegularFile(report)) {
            System.err.println("No PIT report at " + report + ": run mvn -B -Pmutation verify first.");
            System.exit(2);
        }
        double threshold = Double.parseDouble(args[1]);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList mutations = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
        Map<String, int[]> byPackage = new TreeMap<>();
        for (int i = 0; i < mutations.getLength(); i++) {
            Element mutation = (Element) mutations.item(i);
            String mutatedClass = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
            int[] counts = byPackage.computeIfAbsent(packageOf(mutatedClass), p -> new int[2]);
            counts[1]++;
            if (killed(mutation.getAttribute("status"))) {
                counts[0]++;
            }
        }
        int killed = 0;
        int total = 0;
        boolean below = false;
        System.out.println("Mutants killed per package (threshold " + args[1] + "% each):");
        for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
            int[] c = e.getValue();
            killed += c[0];
            total += c[1];
            double score = percent(c[0], c[1]);
            boolean fails = score < threshold;
            below |= fails;
            System.out.printf("  %-16s %5d of %5d  %5.1f%%%s%n", e.getKey(), c[0], c[1], score,
                    fails ? "  BELOW " + args[1] + "%" : "");
        }
        System.out.printf("  %-16s %5d of %5d  %5.1f%%%n", "all", killed, total, percent(killed, total));
        if (total == 0) {
            System.err.println("The PIT report at " + report + " holds no mutants.");
            System.exit(1);
        }
        if (below) {
            System.err.println("A package's mutation score is below " + args[1]
                    + "%: add tests that fail when its code breaks (target/pit-reports/index.html lists the survivors).");
            System.exit(1);
        }
    }

    static String packageOf(String className) {
        String pkg = className.substring(0, Math.max(0, className.lastIndexOf('.')));
        return pkg.startsWith(ROOT) ? pkg.substring(ROOT.length()) : pkg;
    }

    static boolean killed(String status) {
        return "KILLED".equals(status) || "TIMED_OUT".equals(status) || "MEMORY_ERROR".equals(status);
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
