// Registers every element (each registration is guarded, so loading twice is harmless).
import './lec-qr/lec-qr.js';
import './lec-breadcrumb/lec-breadcrumb.js';
import './lec-about/lec-about.js';
