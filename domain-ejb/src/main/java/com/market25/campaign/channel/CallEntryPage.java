package com.market25.campaign.channel;

import java.io.Serializable;
import java.util.List;

/** A page of a call list in calling order, and the list's length. */
public record CallEntryPage(List<CallEntry> rows, int total) implements Serializable {
}
