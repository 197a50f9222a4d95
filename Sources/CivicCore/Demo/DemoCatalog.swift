/// The demo feed's cast: services, places, streets, routes and authors. Invented names; UK and US flavours.
public enum DemoCatalog {
  /// Service ids and display names, in the order the dashboard lists them.
  public static let services: [ServiceInfo] = [
    ServiceInfo(id: "waste", name: "Bins & recycling"), ServiceInfo(id: "flytipping", name: "Fly-tipping"),
    ServiceInfo(id: "street-cleaning", name: "Street cleaning"),
    ServiceInfo(id: "environmental-health", name: "Pests & pollution"),
    ServiceInfo(id: "roads", name: "Roads"), ServiceInfo(id: "pavements", name: "Pavements"),
    ServiceInfo(id: "street-lighting", name: "Street lighting"),
    ServiceInfo(id: "traffic", name: "Traffic & signals"), ServiceInfo(id: "parking", name: "Parking"),
    ServiceInfo(id: "buses", name: "Buses"), ServiceInfo(id: "rail", name: "Rail & trams"),
    ServiceInfo(id: "drainage", name: "Drainage & flooding"), ServiceInfo(id: "water", name: "Water supply"),
    ServiceInfo(id: "parks", name: "Parks"), ServiceInfo(id: "noise", name: "Noise"),
    ServiceInfo(id: "housing", name: "Housing repairs"), ServiceInfo(id: "homelessness", name: "Homelessness"),
    ServiceInfo(id: "health", name: "Health"),
    ServiceInfo(id: "social-care", name: "Social care"), ServiceInfo(id: "schools", name: "Schools"),
    ServiceInfo(id: "council-tax", name: "Council tax"),
    ServiceInfo(id: "libraries", name: "Libraries & leisure"),
  ]

  static let ukPlaces = [
    "Riverside", "Hillcrest", "Northgate", "Eastfield", "St Anne's", "Brookvale", "Old Town", "Harbourside",
    "Westbury", "Ashgrove", "Canal Quarter", "Fernhill", "Kingsmead", "Cafe\u{0301} Quarter",
  ]
  static let usPlaces = ["Maple Heights", "Oak Ridge", "Southside", "Cedar Hill", "Downtown", "Lakeview", "Elmwood"]
  static let ukStreets = [
    "Station Road", "Park Avenue", "Water Lane", "High Street", "Church Street", "Victoria Road", "Mill Lane",
    "Orchard Close", "Queen's Drive", "Bridge Street",
  ]
  static let usStreets = ["Main Street", "5th Avenue", "Jackson Blvd", "Elm Street", "Lakeshore Drive", "Pine Ave"]
  static let routes = ["12", "38", "7A", "X4", "91", "22", "N5"]
  static let stations = ["Central", "Northgate", "Harbourside", "Kingsmead Parkway", "Union Station"]

  /// Handles and display names: residents, a few local organisations and the public bodies' own accounts.
  static let residents: [(handle: String, name: String)] = [
    ("amy_r", "Amy R"), ("rajpatel82", "Raj Patel"), ("siobhan.k", "Siobhan"), ("tomasz_w", "Tomasz W."),
    ("meichen", "Mei Chen"), ("dave_on_bikes", "Dave"), ("priya_s", "Priya S"), ("gareth_jones", "Gareth Jones"),
    ("leila_h", "Leila H"), ("marcusb", "Marcus B"), ("nana_ama", "Nana Ama"), ("joanne_t", "Jo T"),
    ("ollie_runs", "Ollie"), ("fatima.a", "Fatima A"), ("kev_the_dad", "Kev"), ("sarah_m_1974", "Sarah M"),
    ("bronwen_ll", "Bronwen Llywelyn"), ("agnieszka_k", "Agnieszka K"), ("imran_q", "Imran Q"),
    ("wei_zhang", "张伟"), ("lucia_g", "Lucía G"), ("pete_the_plumber", "Pete"), ("hannah_b", "Hannah B"),
    ("tyrone_d", "Tyrone D"), ("grandma_jean", "Jean"), ("sam_k", "Sam K"), ("chloe_x", "Chloe"),
    ("dan_cycles", "Dan"), ("emeka_o", "Emeka O"), ("rosie_p", "Rosie P"), ("mike_in_maple", "Mike"),
    ("jasmine_t", "Jasmine T"), ("ahmed_r", "Ahmed R"), ("kasia_n", "Kasia N"), ("tom_h_builder", "Tom H"),
    ("yusuf_b", "Yusuf B"), ("claire_v", "Claire V"), ("benji", "Benji"), ("aoife_m", "Aoife M"),
    ("steve_taxi", "Steve"), ("linh_ng", "Linh Nguyen"), ("carlos_r", "Carlos R"),
  ]
  static let organisations: [(handle: String, name: String)] = [
    ("RiversideResidents", "Riverside Residents' Assoc."), ("OakRidgeNeighbors", "Oak Ridge Neighbors"),
    ("HillcrestMums", "Hillcrest Mums Group"), ("LocalNewsDesk", "Local News Desk"),
  ]
  /// Which public body announces news about a service (index into `officials`; the council otherwise).
  static let announcer: [String: Int] = [
    "buses": 1, "rail": 1, "water": 2, "drainage": 2, "roads": 3, "traffic": 3, "street-lighting": 3,
    "pavements": 3, "health": 4, "social-care": 4,
  ]
  static let officials: [(handle: String, name: String)] = [
    ("CityCouncil", "City Council"), ("MetroBusInfo", "Metro Bus Info"), ("AquaWaterCo", "Aqua Water"),
    ("CountyHighways", "County Highways"), ("NHSLocal", "NHS Local"),
  ]
}
