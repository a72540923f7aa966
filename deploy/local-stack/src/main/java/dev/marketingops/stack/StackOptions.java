package dev.marketingops.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Command-line options: {@code --demo} for simulated tools, {@code --partitions topic=N} to size topics. */
record StackOptions(Path repository, boolean demo, Map<String, Integer> partitions) {

    static StackOptions parse(String[] args) {
        boolean demo = true;
        Map<String, Integer> partitions = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--no-demo" -> demo = false;
                case "--partitions" -> {
                    if (i + 1 >= args.length || !args[i + 1].contains("=")) {
                        throw new IllegalArgumentException("--partitions wants topic=count, e.g. marketing.activity=12");
                    }
                    String[] pair = args[++i].split("=", 2);
                    partitions.put(pair[0], Integer.parseInt(pair[1]));
                }
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; options: --demo | --no-demo | --partitions topic=count");
            }
        }
        String repository = System.getProperty("marketingops.repository", ".");
        return new StackOptions(Path.of(repository).toAbsolutePath().normalize(), demo, partitions);
    }
}
