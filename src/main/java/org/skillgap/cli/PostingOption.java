package org.skillgap.cli;

import org.skillgap.model.TargetProfile;

import picocli.CommandLine.Option;

/**
 * {@code --posting ID|FILE} of {@code plan}, {@code status} and {@code pdf}: one option and one
 * rule for which target they aim at, a job posting's or the profile's.
 */
final class PostingOption {

    @Option(names = "--posting", paramLabel = "ID|FILE",
            description = "Aim at a job posting instead of your profile's target: a kept posting's id (see "
                    + "'posting list') or a posting file (.txt, .md, .html or .pdf).")
    String posting;

    /** The posting's target when one is given, else the profile's. */
    TargetProfile target(Workspace ws) {
        return posting == null ? ws.target() : ws.postingTarget(posting);
    }
}
