// Shoelace's QR code, cherry-picked as its docs recommend (registers <sl-qr-code>).
import '@shoelace-style/shoelace/dist/components/qr-code/qr-code.js';
