import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Merges the PIT report of each package into one mutations.xml, prints the share of mutants killed in each package
 * and over all of them, and exits with status 1 when the whole is below its threshold or a package below its own.
 *
 * <p>Usage: {@code java src/build/MutationScores.java target/pit-reports domain,index,ingest,export 75 65}
 * reads target/pit-reports/PACKAGE/mutations.xml for each package named (the mutation profile runs PIT once per
 * package, into a folder of its own) and writes target/pit-reports/mutations.xml with all their mutants.
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
        if (args.length != 4) {
            System.err.println("usage: MutationScores REPORTS_FOLDER PACKAGE,PACKAGE... TOTAL_PERCENT PACKAGE_PERCENT");
            System.exit(2);
        }
        Path reports = Path.of(args[0]);
        double totalThreshold = Double.parseDouble(args[2]);
        double packageThreshold = Double.parseDouble(args[3]);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document merged = builder.newDocument();
        Element root = merged.createElement("mutations");
        merged.appendChild(root);
        Map<String, int[]> byPackage = new TreeMap<>();
        for (String name : args[1].split(",")) {
            Path report = reports.resolve(name.trim()).resolve("mutations.xml");
            if (!Files.isRegularFile(report)) {
                System.err.println("No PIT report for " + name + " at " + report
                        + ": run mvn -B -Pmutation verify (README, \"Run the tests\").");
                System.exit(2);
            }
            byPackage.computeIfAbsent(name.trim(), p -> new int[2]);
            NodeList mutations = builder.parse(report.toFile()).getElementsByTagName("mutation");
            for (int i = 0; i < mutations.getLength(); i++) {
                Element mutation = (Element) mutations.item(i);
                String mutatedClass = mutation.getElementsByTagName("mutatedClass").item(0).getTextContent();
                int[] counts = byPackage.computeIfAbsent(packageOf(mutatedClass), p -> new int[2]);
                counts[1]++;
                if (killed(mutation.getAttribute("status"))) {
                    counts[0]++;
                }
                root.appendChild(merged.importNode(mutation, true));
            }
        }
        write(merged, reports.resolve("mutations.xml").toFile());
        int killed = 0;
        int total = 0;
        boolean below = false;
        System.out.println("Mutants killed per package (threshold " + args[3] + "% each, " + args[2] + "% over all):");
        for (Map.Entry<String, int[]> e : byPackage.entrySet()) {
            int[] c = e.getValue();
            killed += c[0];
            total += c[1];
            boolean fails = c[1] == 0 || percent(c[0], c[1]) < packageThreshold;
            below |= fails;
            System.out.printf("  %-16s %5d of %5d  %5.1f%%%s%n", e.getKey(), c[0], c[1], percent(c[0], c[1]),
                    fails ? "  BELOW " + args[3] + "%" : "");
        }
        boolean totalBelow = percent(killed, total) < totalThreshold;
        System.out.printf("  %-16s %5d of %5d  %5.1f%%%s%n", "all", killed, total, percent(killed, total),
                totalBelow ? "  BELOW " + args[2] + "%" : "");
        System.out.println("All mutants: " + reports.resolve("mutations.xml")
                + "; each package's survivors: " + reports.resolve("PACKAGE/index.html"));
        if (total == 0) {
            System.err.println("The PIT reports in " + reports + " hold no mutants.");
            System.exit(1);
        }
        if (below || totalBelow) {
            System.err.println("Mutation score below its threshold: add tests that fail when the code breaks"
                    + " (each package's index.html under " + reports + " marks the survivors).");
            System.exit(1);
        }
    }

    static void write(Document document, File file) throws Exception {
        Transformer transformer = TransformerFactory.newInstance().newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "no");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.transform(new DOMSource(document), new StreamResult(file));
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
