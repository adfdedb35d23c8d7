package org.skillgap.cli;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.skillgap.gap.Reassessment;
import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code skillgap profile}: sets what is given and prints the profile. */
@Command(name = "profile",
        description = "Show your profile, or change it: name, target role, background, hours per week, "
                + "how often to re-assess.")
final class ProfileCommand extends Subcommand implements Callable<Integer> {

    @Option(names = "--name", paramLabel = "TEXT", description = "Your name (printed on your plan).")
    String name;

    @Option(names = "--target", paramLabel = "ID", description = "The role you aim for (see 'catalog list').")
    String target;

    @Option(names = "--background", paramLabel = "ID", description = "Where you start from.")
    String background;

    @Option(names = "--hours-per-week", paramLabel = "N", description = "Hours a week you can study (1-80).")
    Integer hours;

    @Option(names = "--reassess-weeks", paramLabel = "N",
            description = "Remind you to re-assess every N weeks (1-52, default 6).")
    Integer reassessWeeks;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(root)) {
            if (target != null && ws.catalog.profile(target).isEmpty()) {
                throw new BadInputException(Messages.get("cli.target.unknown", target,
                        Workspace.ids(ws.catalog.profiles().stream().map(p -> p.id()).toList())));
            }
            if (background != null && ws.catalog.background(background).isEmpty()) {
                throw new BadInputException(Messages.get("cli.background.unknown", background,
                        Workspace.ids(ws.catalog.backgrounds().stream().map(b -> b.id()).toList())));
            }
            if (hours != null) {
                Profile.HOURS.check(hours);
            }
            if (reassessWeeks != null) {
                Reassessment.WEEKS.check(reassessWeeks);
            }
            Optional<Profile> saved = ws.store.profile();
            boolean changing = name != null || target != null || background != null || hours != null
                    || reassessWeeks != null;
            if (changing) {
                Profile base = saved.orElseGet(() -> {
                    if (target == null || background == null) {
                        throw new BadInputException(Messages.get("cli.profile.firstTime"));
                    }
                    return new Profile("", target, background, 6);
                });
                Profile updated = new Profile(name != null ? name.strip() : base.name(),
                        target != null ? target : base.targetId(),
                        background != null ? background : base.backgroundId(),
                        hours != null ? hours : base.hoursPerWeek());
                if (reassessWeeks != null) {
                    ws.store.putSetting(Reassessment.WEEKS_SETTING, Integer.toString(reassessWeeks));
                }
                if (!updated.equals(saved.orElse(null))) {
                    ws.store.saveProfile(updated);
                }
                saved = Optional.of(updated);
            }
            Profile profile = saved.orElseGet(ws::requireProfile);
            var out = out();
            out.println(Messages.get("cli.profile.name", profile.name().isBlank() ? "-" : profile.name()));
            out.println(Messages.get("cli.profile.target", ws.catalog.profile(profile.targetId())
                    .map(p -> p.name()).orElse("?"), profile.targetId()));
            out.println(Messages.get("cli.profile.background", ws.catalog.background(profile.backgroundId())
                    .map(b -> b.name()).orElse("?"), profile.backgroundId()));
            out.println(Messages.get("cli.profile.hours", profile.hoursPerWeek()));
            out.println(Messages.get("cli.profile.reassess", reassessWeeks != null ? reassessWeeks
                    : Reassessment.weeksFrom(ws.store.setting(Reassessment.WEEKS_SETTING))));
            out.flush();
        }
        return SkillGapCommand.OK;
    }
}
