package ru.mentoring.support.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules every backend service keeps, as executable checks (see ADR 0009). A service's
 * {@code ArchitectureTest} imports its production classes and runs {@link #all} with the map of
 * which feature owns which table; a violation fails the build with the offending line.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("mentorbank", "school", "events", "practices", "portal");
    private static final Set<String> PLAIN_SQL_METHODS = Set.of("fetch", "fetchOne", "fetchOptional", "fetchSingle",
            "fetchValue", "fetchLazy", "fetchStream", "fetchExists", "execute", "query", "resultQuery", "field",
            "condition", "table", "sql", "select");

    private final String root;
    private final JavaClasses classes;

    private ArchitectureRules(String service) {
        this.root = "ru.mentoring." + service;
        this.classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/jooq/"))
                // Micronaut's generated bean definitions ($Foo$Definition) are the framework's code, not ours
                .withImportOption(location -> !location.contains("/$"))
                .importPackages(root);
    }

    /** @param service the service's package under {@code ru.mentoring}, e.g. {@code mentorbank} */
    public static ArchitectureRules of(String service) {
        return new ArchitectureRules(service);
    }

    public JavaClasses imported() {
        return classes;
    }

    /** Services meet only through HTTP and event contracts (shared-model), never through each other's code. */
    public ArchRule noOtherServiceIsImported() {
        String[] others = SERVICES.stream().map(s -> "ru.mentoring." + s).filter(p -> !p.equals(root))
                .map(p -> p + "..").toArray(String[]::new);
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services meet only through their HTTP APIs and the event contracts in shared-model");
    }

    /** SQL, jOOQ and JDBC belong to repositories and *Queries classes; nothing else sees a table. */
    public ArchRule persistenceOnlyInRepositoriesAndQueries() {
        return noClasses().that().haveSimpleNameNotEndingWith("Repository")
                .and().haveSimpleNameNotEndingWith("Queries")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..",
                        root + ".jooq..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.data.jdbc.runtime.JdbcOperations")
                .because("reads go through generated jOOQ in a *Queries class, writes through the feature's repository");
    }

    /** No SQL text anywhere: jOOQ's plain-SQL API and native @Query strings escape the compiler. */
    public ArchRule noSqlStrings() {
        return noClasses().should(callPlainSql())
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.data.annotation.Query")
                .because("a renamed column must fail the compilation, not a request: use the generated jOOQ classes");
    }

    /** Controllers speak HTTP and call services or *Queries; they never hold a repository, a connection or a transaction. */
    public ArchRule controllersDoNotTouchPersistence() {
        return noClasses().that().areAnnotatedWith("io.micronaut.http.annotation.Controller")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "javax.sql..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.transaction.annotation.Transactional")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.transaction.TransactionOperations")
                .because("a controller turns HTTP into a call of the feature's service");
    }

    /** A feature changes or reads another feature's data only through that feature's service. */
    public ArchRule featuresUseOnlyTheirOwnRepositories() {
        return classes().should(new ArchCondition<JavaClass>("use only the repositories and *Queries of their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String name = target.getSimpleName();
                    if (target.getPackageName().startsWith(root) && !target.getPackageName().equals(origin.getPackageName())
                            && (name.endsWith("Repository") || name.endsWith("Queries")
                            || enclosingName(target).endsWith("Repositories"))) {
                        events.add(SimpleConditionEvent.violated(origin, dependency.getDescription()));
                    }
                }
            }
        });
    }

    /**
     * Each generated table is used only by the feature that owns it, and every table has an owner,
     * so a table added later must be given one.
     *
     * @param owners table name (as in SQL) → the owning feature's package under the service, e.g. {@code mentor}
     */
    public ArchRule tablesAreUsedOnlyByTheirFeature(Map<String, String> owners) {
        return classes().should(new ArchCondition<JavaClass>("use only the tables their feature owns") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String table = generatedTable(target);
                    if (table == null) {
                        continue;
                    }
                    String owner = owners.get(table);
                    if (owner == null) {
                        events.add(SimpleConditionEvent.violated(origin, "table " + table
                                + " has no owning feature in the service's ArchitectureTest: " + dependency.getDescription()));
                    } else if (!origin.getPackageName().equals(root + "." + owner)) {
                        events.add(SimpleConditionEvent.violated(origin, "table " + table + " belongs to feature "
                                + owner + ": " + dependency.getDescription()));
                    }
                }
            }
        });
    }

    /** Every Kafka listener runs bound to the school of the event it consumes. */
    public ArchRule listenersBindTheEventsSchool() {
        return classes().that().areAnnotatedWith("io.micronaut.configuration.kafka.annotation.KafkaListener")
                .should().beAnnotatedWith("ru.mentoring.support.tenancy.TenantFromEnvelope")
                .allowEmptyShould(true)
                .because("a consumed event acts for the school its envelope names (ADR 0002)");
    }

    /** "Now" comes from the injected Clock, so tests can move it. */
    public ArchRule timeComesFromTheInjectedClock() {
        return noClasses().should().callMethodWhere(new DescribedPredicate<>("a no-argument now() or the system clock") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getPackageName() + "." + call.getTargetOwner().getSimpleName();
                String name = call.getName();
                boolean noArgNow = name.equals("now") && call.getTarget().getRawParameterTypes().isEmpty()
                        && owner.startsWith("java.time.");
                boolean systemClock = owner.equals("java.time.Clock") && (name.equals("systemUTC") || name.equals("systemDefaultZone"));
                boolean millis = owner.equals("java.lang.System") && name.equals("currentTimeMillis");
                return noArgNow || systemClock || millis;
            }
        }).because("every service reads the time from the injected java.time.Clock (ADR 0009)");
    }

    public List<ArchRule> all(Map<String, String> tableOwners) {
        return List.of(noOtherServiceIsImported(), persistenceOnlyInRepositoriesAndQueries(), noSqlStrings(),
                controllersDoNotTouchPersistence(), featuresUseOnlyTheirOwnRepositories(),
                tablesAreUsedOnlyByTheirFeature(tableOwners), listenersBindTheEventsSchool(),
                timeComesFromTheInjectedClock());
    }

    /** Checks every rule and reports all violations of all rules at once. */
    public void check(Map<String, String> tableOwners) {
        Set<String> failures = new TreeSet<>();
        for (ArchRule rule : all(tableOwners)) {
            var result = rule.evaluate(classes);
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n\n", failures));
        }
    }

    private ArchCondition<JavaClass> callPlainSql() {
        return new ArchCondition<JavaClass>("call jOOQ's plain-SQL API") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    String owner = call.getTargetOwner().getName();
                    boolean jooq = owner.equals("org.jooq.DSLContext") || owner.equals("org.jooq.impl.DSL");
                    var parameters = call.getTarget().getRawParameterTypes();
                    if (jooq && PLAIN_SQL_METHODS.contains(call.getName()) && !parameters.isEmpty()
                            && parameters.getFirst().getName().equals(String.class.getName())) {
                        events.add(SimpleConditionEvent.violated(origin, call.getDescription()));
                    }
                }
            }
        };
    }

    /** The SQL name of a generated table or record class (e.g. {@code MentorRequestRecord} → mentor_request). */
    private String generatedTable(JavaClass target) {
        if (!target.getPackageName().startsWith(root + ".jooq.tables")) {
            return null;
        }
        String simple = target.getSimpleName().replaceFirst("Record$", "");
        return simple.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String enclosingName(JavaClass target) {
        return target.getEnclosingClass().map(JavaClass::getSimpleName).orElse("");
    }
}
