package com.market25.admin.delivery;

import com.market25.delivery.DeliveryDesk;
import com.market25.delivery.ShipmentView;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parcels of one order for the staff order detail (order.xhtml), read once per request. */
@Named
@RequestScoped
public class OrderParcelsBean {

    @EJB
    private DeliveryDesk delivery;

    private final Map<Long, List<ShipmentView>> read = new HashMap<>();

    public List<ShipmentView> of(long orderId) {
        return read.computeIfAbsent(orderId, id -> delivery.parcelsOf(Set.of(id)).getOrDefault(id, List.of()));
    }
}
