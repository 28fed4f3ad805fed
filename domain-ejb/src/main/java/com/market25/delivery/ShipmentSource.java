package com.market25.delivery;

/** How a parcel's tracking number came in: typed by staff, or a row of a carrier's file. */
public enum ShipmentSource {
    TYPED, UPLOAD
}
