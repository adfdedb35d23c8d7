package org.skillgap.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.skillgap.model.BadInputException;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.Messages;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillgap mark ITEM_ID STATUS}. */
@Command(name = "mark", description = "Mark a plan item: todo, in-progress, done or skipped.")
final class MarkCommand extends Subcommand implements Callable<Integer> {

    @Parameters(descriptionKey = "item", index = "0", paramLabel = "ITEM_ID", description = "An item id (see 'plan').")
    String itemId;

    @Parameters(descriptionKey = "status", index = "1", paramLabel = "STATUS",
            description = "todo, in-progress, done or skipped.")
    String status;

    @Override
    public Integer call() {
        ItemStatus value = ItemStatus.fromId(status.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> new BadInputException(
                Messages.get("cli.status.unknown", status,
                        Arrays.stream(ItemStatus.values()).map(ItemStatus::id).collect(Collectors.joining(", ")))));
        try (Workspace ws = Workspace.open(root)) {
            String id = ws.requireItem(itemId);
            ws.store.setItemStatus(id, value);
            out().println(Messages.get("cli.mark.done", ws.catalog.item(id).map(i -> i.title()).orElse(id),
                    value.displayName()));
            out().flush();
        }
        return SkillGapCommand.OK;
    }
}
