package org.skillgap;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;
import org.skillgap.archfixture.PhonesHome;

/** The offline rule of {@link ArchitectureTest} is not vacuous: it catches code that opens a socket or a URL. */
class NetworkRuleTest {

    @Test
    void theOfflineRuleCatchesASocketAndAnOpenedUrl() {
        JavaClasses offender = new ClassFileImporter().importClasses(PhonesHome.class);

        EvaluationResult result = ArchitectureTest.nothingTalksToTheNetwork.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("java.net.Socket"))
                .anyMatch(d -> d.contains("URL.openStream"));
    }
}
