package org.skillgap.bench;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skillgap.catalog.Catalogs;
import org.skillgap.gap.GapCalculator;
import org.skillgap.gap.GapReport;
import org.skillgap.gap.Plan;
import org.skillgap.gap.PlanBuilder;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;

/**
 * What the window does after every rating change: the gap report, then the plan. "bundled" is the
 * shipped catalog with a realistic person; "SxI" is a generated catalog of S skills and I items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class GapPlanBenchmark {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Param({"bundled", "100x500", "500x2500", "1000x5000", "2000x10000"})
    public String catalog;

    private Catalog data;
    private TargetProfile target;
    private Profile profile;
    private Assessment assessment;
    private Map<String, ItemStatus> statuses;

    @Setup
    public void setUp() {
        if (catalog.equals("bundled")) {
            data = Catalogs.bundled();
            profile = RealisticPerson.PROFILE;
            assessment = RealisticPerson.assessment(data);
            statuses = RealisticPerson.statuses(data);
        } else {
            String[] size = catalog.split("x");
            data = CatalogGenerator.generate(Integer.parseInt(size[0]), Integer.parseInt(size[1]), 42);
            profile = new Profile("Bench", CatalogGenerator.MIDDLE_PROFILE, CatalogGenerator.BACKGROUND, 8);
            assessment = CatalogGenerator.assessment(data, 43);
            statuses = CatalogGenerator.statuses(data, 44);
        }
        target = data.profile(profile.targetId()).orElseThrow();
        Plan plan = plan();
        System.out.printf("%n[%s] %d skills, %d items, %d gaps, %d plan items, ready %s%n", catalog,
                data.skills().size(), data.items().size(), gap().gaps().size(), plan.items().size(), plan.readyBy());
    }

    @Benchmark
    public GapReport gap() {
        return GapCalculator.calculate(data, target, assessment);
    }

    @Benchmark
    public Plan plan() {
        return PlanBuilder.build(data, profile, assessment, statuses, TODAY);
    }

    /** Both, as Session.recalculate runs them after a rating change. */
    @Benchmark
    public Object gapAndPlan() {
        return new Object[] {gap(), plan()};
    }
}
