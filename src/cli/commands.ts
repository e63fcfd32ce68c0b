/** Commands beyond validate and plan register themselves here. */
export {};
