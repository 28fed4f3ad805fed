package com.market25.delivery;

import java.io.Serializable;
import java.util.List;

/** The result report of a bulk action or an upload: one outcome per slip or row, and the counts. */
public record DeliveryReport(List<DeliveryOutcome> outcomes) implements Serializable {

    public DeliveryReport {
        outcomes = List.copyOf(outcomes);
    }

    public long done() {
        return count(Outcome.DONE);
    }

    public long already() {
        return count(Outcome.ALREADY);
    }

    public long refused() {
        return count(Outcome.REFUSED);
    }

    public List<DeliveryOutcome> refusals() {
        return outcomes.stream().filter(o -> o.outcome() == Outcome.REFUSED).toList();
    }

    private long count(Outcome o) {
        return outcomes.stream().filter(x -> x.outcome() == o).count();
    }
}
