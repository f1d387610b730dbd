package ru.mentoring.codegen;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Jdbc;
import org.jooq.meta.jaxb.Target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Generates a module's jOOQ classes from its own Flyway migrations, applied to a real, throwaway
 * PostgreSQL started for the purpose. The database the code is generated from is therefore built
 * exactly as production builds it: a renamed column fails the compilation, not a request.
 *
 * <p>Arguments: {@code <package> <target dir> <exclude regex> <migration dirs, comma-separated>}. When neither the
 * migrations nor the arguments changed since the last run, nothing is regenerated.
 */
public final class GenerateJooq {

    private static final String STAMP = ".migrations.sha256";

    private GenerateJooq() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: GenerateJooq <package> <target dir> <exclude regex> <migration dirs>");
        }
        String packageName = args[0];
        Path target = Path.of(args[1]);
        String excludes = args[2];
        List<Path> migrations = new ArrayList<>();
        for (String dir : args[3].split(",")) {
            migrations.add(Path.of(dir.strip()).normalize());
        }
        String fingerprint = fingerprint(packageName, excludes, migrations);
        Path stamp = target.resolve(STAMP);
        if (Files.exists(stamp) && Files.readString(stamp).equals(fingerprint)) {
            System.out.println("[codegen] jOOQ classes of " + packageName + " are up to date");
            return;
        }
        generate(packageName, target, excludes, migrations);
        Files.writeString(stamp, fingerprint);
    }

    private static void generate(String packageName, Path target, String excludes, List<Path> migrations) throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(target.getParent().resolve("codegen-postgres").toFile())
                .setCleanDataDirectory(true)
                .start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            Flyway.configure()
                    .dataSource(url, "postgres", "postgres")
                    .locations(migrations.stream().map(p -> "filesystem:" + p.toAbsolutePath()).toArray(String[]::new))
                    .load()
                    .migrate();
            GenerationTool.generate(new Configuration()
                    .withJdbc(new Jdbc().withDriver("org.postgresql.Driver").withUrl(url)
                            .withUser("postgres").withPassword("postgres"))
                    .withGenerator(new Generator()
                            .withDatabase(new Database()
                                    .withName("org.jooq.meta.postgres.PostgresDatabase")
                                    .withInputSchema("public")
                                    .withOutputSchemaToDefault(true)
                                    .withIncludes(".*")
                                    .withExcludes(excludes))
                            .withGenerate(new Generate()
                                    .withRecords(true)
                                    .withPojos(false)
                                    .withDaos(false)
                                    .withJavaTimeTypes(true)
                                    .withGeneratedAnnotation(false)
                                    .withComments(true))
                            .withTarget(new Target()
                                    .withPackageName(packageName)
                                    .withDirectory(target.toAbsolutePath().toString())
                                    .withClean(true))));
        }
    }

    /** Everything the generated code depends on: the arguments and every migration file's name and content. */
    private static String fingerprint(String packageName, String excludes, List<Path> migrations)
            throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((packageName + "\n" + excludes + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path dir : migrations) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("no migration folder " + dir.toAbsolutePath());
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    digest.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                    digest.update(Files.readAllBytes(file));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
