package dev.marketingops.stack;

import dev.marketingops.contracts.TopicSpec;
import dev.marketingops.contracts.Topics;
import dev.marketingops.infra.FreePorts;
import dev.marketingops.infra.JwtKeys;
import dev.marketingops.infra.Tokens;
import dev.marketingops.infra.KafkaInstance;
import dev.marketingops.infra.PostgresInstance;
import dev.marketingops.infra.StackInfrastructure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/**
 * Runs the whole system on one machine: PostgreSQL with a database per service, a Kafka broker with every topic,
 * and the four services as separate processes. Ctrl-C stops it all; the next start keeps the data.
 */
public final class LocalStack implements AutoCloseable {

    private final StackOptions options;
    private final Path home;
    private final ServicePids pids;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private ServiceProcess console;
    private PostgresInstance postgres;
    private KafkaInstance kafka;
    private DemoTraffic demo;
    private StackFiles files;
    private Map<String, String> environment = Map.of();
    private boolean stopped;

    public LocalStack(StackOptions options) {
        this.options = options;
        this.home = options.home();
        this.pids = new ServicePids(home.resolve("pids"));
    }

    public static void main(String[] args) throws Exception {
        LocalStack stack = new LocalStack(StackOptions.parse(args));
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C and SIGTERM stop the stack in order before the JVM's exit begins. Left to the exit, the broker's and
        // the database's own shutdown hooks (LocalServerProcess) stop them at the same moment as this one stops the
        // services, which then wait out their Kafka clients' timeouts against a broker that is gone.
        for (String name : List.of("INT", "TERM")) {
            Signal.handle(new Signal(name), signal -> new Thread(() -> {
                stack.stop();
                System.exit(0);
            }, "local-stack-stop").start());
        }
        // Any other exit (a failed start) still leaves nothing running.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-exit"));
        try {
            stack.start();
            System.out.println("Press Ctrl-C to stop.");
        } catch (Exception e) {
            System.err.println("\nThe stack did not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** Starts everything and returns once every service is ready. */
    public LocalStack start() throws Exception {
        long startNanos = System.nanoTime();
        List<String> leftovers = pids.takeOver();
        if (!leftovers.isEmpty()) {
            System.out.println("• Stopped services a killed launcher left running: " + String.join(", ", leftovers));
        }
        // Its database and broker too (cleanly: the data stays), before the ports are chosen, so it gets theirs back.
        StackInfrastructure.stopLeftoverServers(home.resolve("data/postgres"), home.resolve("data/kafka"), true);
        step("PostgreSQL");
        postgres = StackInfrastructure.postgres(dir("data/postgres"), options.port("PostgreSQL", 5432), true);
        for (StackService service : StackService.ALL) {
            postgres.createDatabaseIfMissing(service.database());
        }
        done("port " + postgres.port() + ", databases " + StackService.ALL.stream().map(StackService::database).toList());

        step("Kafka");
        kafka = StackInfrastructure.kafka(dir("data/kafka"), options.port("Kafka", 9092), 3, false);
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (TopicSpec topic : Topics.allWithDlqs()) {
            topics.put(topic.name(), options.partitions().getOrDefault(topic.name(), topic.partitions()));
        }
        kafka.createTopics(topics);
        done(kafka.bootstrapServers() + ", " + topics.size() + " topics (marketing.activity: "
                + topics.get(Topics.MARKETING_ACTIVITY) + " partitions)");

        step("Keys and tokens");
        JwtKeys keys = JwtKeys.loadOrGenerate(dir("keys"));
        files = new StackFiles(home);
        List<Path> tokens = files.writeTokens(keys);
        done(tokens.size() + " role tokens in .stack/tokens");

        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("KAFKA_BOOTSTRAP", kafka.bootstrapServers());
        environment.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        environment.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        environment.put("MARKETINGOPS_JWT_PUBLIC_KEY", "file:" + keys.publicKeyFile().toAbsolutePath());
        // The audience the stack's tokens carry, said outright so a MARKETINGOPS_JWT_AUDIENCE in the caller's shell cannot differ.
        environment.put("MARKETINGOPS_JWT_AUDIENCE", Tokens.AUDIENCE);
        environment.put("MARKETINGOPS_FEEDBACK_PRIVACY_PSEUDONYM_KEY", files.pseudonymKey());
        environment.put("MARKETINGOPS_METRICS_JOURNEYS_PSEUDONYM_KEY", files.metricsPseudonymKey());
        // glibc gives busy threads malloc arenas of their own; two bound the native memory they keep (as in the images).
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.putAll(options.environment());
        this.environment = Map.copyOf(environment);
        for (StackService service : StackService.ALL) {
            if (options.without().contains(service.name())) {
                continue;
            }
            step("Starting " + service.name());
            launch(service);
            done("pid started, log .stack/logs/" + service.name() + ".log");
        }
        for (ServiceProcess process : services) {
            step("Waiting for " + process.service().name());
            process.awaitReady(Duration.ofMinutes(3));
            done(String.format("ready at %s, %.1f s after its launch", process.url(), process.readyAfter().toMillis() / 1000.0));
        }
        StartTimes.print(startNanos, services);
        if (options.console()) {
            console = startConsole(environment);
        }
        files.writeEnvironment(postgres, kafka, services, console);

        System.out.println();
        System.out.println("marketing-ops is running.");
        if (console != null) {
            System.out.printf("  %-17s %s   (open it in a browser; sign in with a role of .stack/tokens)%n", "Console", console.url());
        }
        for (ServiceProcess process : services) {
            System.out.printf("  %-17s %s   (Swagger UI: %s/q/swagger-ui)%n", process.service().name(), process.url(), process.url());
        }
        System.out.printf("  %-17s %s%n", "Kafka", kafka.bootstrapServers());
        System.out.printf("  %-17s %s%n", "PostgreSQL", postgres.jdbcUrl("<service>"));
        System.out.println("  Settings:          .stack/stack.env    Tokens: .stack/tokens/<role>.jwt");
        System.out.println("  Try:  curl -H \"Authorization: Bearer $(cat .stack/tokens/viewer.jwt)\" " + services.get(0).url() + "/api/v1/products");
        if (options.demo()) {
            demo = new DemoTraffic(this, files, kafka.bootstrapServers());
            demo.start();
        }
        return this;
    }

    /**
     * Stops the services (SIGTERM, all at once, SIGKILL for any still running after {@link StackStop#GRACE}), then the
     * broker and the database side by side, and prints how long it took; the data stays for the next start.
     */
    public synchronized void stop() {
        end(true);
    }

    /**
     * For a stack whose data is thrown away (a test JVM's exit; the next run deletes its home): SIGKILL to every
     * service JVM at once, then the broker and the database. A graceful stop buys nothing there, and at a JVM's exit it
     * is slow: the broker's and the database's own shutdown hooks stop them at the same moment, so each service then
     * waits out its Kafka clients' timeouts (7-14 s each, measured).
     */
    public synchronized String discard() {
        return end(false);
    }

    /** How long the stop took, or empty when the stack was stopped already. */
    private String end(boolean graceful) {
        if (stopped || postgres == null) {
            // Stopped already, or refused before starting anything (another stack runs on this home).
            stopped = true;
            return "";
        }
        stopped = true;
        System.out.println(graceful ? "\nStopping marketing-ops…" : "\nStopping the test stack…");
        if (demo != null) {
            demo.stop();
        }
        List<ServiceProcess> all = new ArrayList<>();
        if (console != null) {
            all.add(console);
        }
        all.addAll(replicas);
        all.addAll(services);
        String took = StackStop.run(all, graceful, kafka, postgres);
        pids.release();
        if (graceful) {
            System.out.println("Stopped. Data is kept in " + home.resolve("data") + " (delete it for a fresh start).");
        }
        return took;
    }

    @Override
    public void close() {
        stop();
    }

    /** The console beside the services: their URLs, Kafka, and the role tokens offered on its sign-in page. */
    private ServiceProcess startConsole(Map<String, String> environment) throws Exception {
        ServiceProcess process = new ServiceProcess(StackService.CONSOLE, options.port("console", 8080),
                dir("logs").resolve("console.log"), pids);
        Map<String, String> own = new LinkedHashMap<>();
        own.put("KAFKA_BOOTSTRAP_SERVERS", environment.get("KAFKA_BOOTSTRAP_SERVERS"));
        for (ServiceProcess service : services) {
            own.put(service.service().envName(), service.url());
        }
        own.put("QUARKUS_PROFILE", "local");
        own.put("CONSOLE_STACK_TOKENS", home.resolve("tokens").toAbsolutePath().toString());
        step("Starting console");
        process.start(options.repository(), own);
        process.awaitReady(Duration.ofMinutes(3));
        done("ready at " + process.url());
        return process;
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.service().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
    }

    /** Starts one more replica of a service (same database and consumer groups) and waits until it is ready. */
    public synchronized ServiceProcess startReplica(String serviceName) throws java.io.IOException, InterruptedException {
        ServiceProcess replica = service(serviceName).startReplica(replicas.size() + 2);
        replicas.add(replica);
        return replica;
    }

    /**
     * Starts another Quarkus app of this checkout (built under {@code <module>/target/quarkus-app}) beside the
     * services, with their JVM options and settings and a database of its own: the REST benchmark's baseline app.
     */
    public synchronized ServiceProcess startApp(StackService app) throws java.io.IOException, InterruptedException {
        postgres.createDatabaseIfMissing(app.database());
        ServiceProcess process = new ServiceProcess(app, FreePorts.any(),
                dir("logs").resolve(app.name().replace('/', '-') + ".log"), pids);
        Map<String, String> own = new LinkedHashMap<>(environment);
        own.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(app.database()));
        process.start(options.repository(), own);
        replicas.add(process);
        process.awaitReady(Duration.ofMinutes(3));
        return process;
    }

    /** Starts a service this stack was started without, with the same settings, and waits until it is ready. */
    public synchronized ServiceProcess startService(String name) throws java.io.IOException, InterruptedException {
        StackService service = StackService.ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No service " + name));
        ServiceProcess process = launch(service);
        process.awaitReady(Duration.ofMinutes(3));
        return process;
    }

    private ServiceProcess launch(StackService service) throws java.io.IOException {
        ServiceProcess process = new ServiceProcess(service, options.port(service.name(), service.preferredPort()),
                dir("logs").resolve(service.name() + ".log"), pids);
        Map<String, String> own = new LinkedHashMap<>(environment);
        own.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
        process.start(options.repository(), own);
        services.add(process);
        return process;
    }

    public String url(String serviceName) {
        return service(serviceName).url();
    }

    public String token(String role) {
        return files.token(role);
    }

    public KafkaInstance kafka() {
        return kafka;
    }

    public PostgresInstance postgres() {
        return postgres;
    }

    private Path dir(String relative) throws java.io.IOException {
        return Files.createDirectories(home.resolve(relative));
    }

    private static void step(String what) {
        System.out.printf("%-34s", "• " + what + " … ");
        System.out.flush();
    }

    private static void done(String detail) {
        System.out.println(detail);
    }
}
